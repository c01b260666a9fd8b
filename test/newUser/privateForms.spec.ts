import { TENANT, cardAction, message } from '../support/activities';
import { textOf } from '../support/cardQuery';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';
import { post } from '../support/testApp';

const chef = who('chef');
const fskchef = who('fskchef');
const channel = { id: '19:styrning@thread.tacv2', conversationType: 'channel', tenantId: TENANT };

describe('Forms asked for in a team channel (issue 13, point 5)', () => {
  let t: FollowupTestApp;
  const inChannel = <A extends { conversation: object }>(a: A) => ({ ...a, conversation: channel });
  const sentTo = (conversationId: string) => t.connector.sent.filter((s) => s.conversationId === conversationId);

  beforeAll(async () => {
    t = await startFollowupApp({ clock: () => new Date('2026-05-04T08:00:00Z') });
    await t.say(chef, 'roller'); // the chef has a personal chat with the bot
    t.connector.reset();
  });
  afterAll(() => t.stop());

  it('When a chief writes "uppföljning" in a channel, then the form goes to his personal chat and the channel only hears where it went', async () => {
    await post(t.url, inChannel(message(t.connector.url, chef, 'uppföljning resultatprognos 2026')));
    await t.connector.waitFor(2);
    const [toChannel] = sentTo(channel.id);
    expect(toChannel.activity.text).toBe('Jag har skickat det till dig i vår personliga chatt, så att bara du ser det.');
    expect(toChannel.activity.attachments ?? []).toEqual([]);
    const [toChef] = sentTo(`a:${chef.id}`);
    expect(textOf(toChef.activity.attachments![0].content)).toContain('Uppföljning: Resultatprognos 2026');
  });

  it('When someone without a personal chat asks in a channel, then nothing of the form is shown there, and he is told how to open the chat', async () => {
    t.connector.reset();
    await post(t.url, inChannel(message(t.connector.url, fskchef, 'uppföljning resultatprognos 2026')));
    await t.connector.waitFor(1);
    expect(t.connector.sent.map((s) => s.activity.text)).toEqual(['Det här visar jag bara i en personlig chatt. Sök upp Styrmodellsboten i Teams, öppna chatten och skriv "uppföljning" där.']);
  });

  it('When a form button is pressed on a card in a channel, then the form goes to the personal chat and the shared card stays', async () => {
    t.connector.reset();
    const res = await post(t.url, inChannel(cardAction(t.connector.url, chef, 'followup.open', { period: 'resultatprognos', year: 2026, unit: 'skola' })));
    expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(res.body.value).toBe('Formuläret är skickat till dig i vår personliga chatt.');
    expect(textOf(sentTo(`a:${chef.id}`)[0].activity.attachments![0].content)).toContain('Uppföljning: Resultatprognos 2026');
  });
});
