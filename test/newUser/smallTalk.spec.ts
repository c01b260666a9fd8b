import { textOf } from '../support/cardQuery';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';

const chef = who('chef');
const admin = who('admin');

describe('Greetings and thanks (issue 13, point 2)', () => {
  let t: FollowupTestApp;
  beforeAll(async () => {
    t = await startFollowupApp();
  });
  afterAll(() => t.stop());

  it('When a user says "tack!", "Tack så mycket" or "hej", then a short friendly reply comes, no governance paragraph, and none of them enters "obesvarade"', async () => {
    for (const [said, expected] of [['tack!', /^Varsågod/], ['Tack så mycket', /^Varsågod/], ['hej', /^Hej!/], ['Hejsan!', /^Hej!/], ['tack för hjälpen', /^Varsågod/]] as const) {
      const reply = await t.say(chef, said);
      const text = reply.text ?? textOf(reply.card);
      expect(text).toMatch(expected);
      expect(text.length).toBeLessThan(200);
    }
    expect((await t.say(admin, 'obesvarade')).text).toBe('Inga obesvarade frågor ännu.');
  });
});
