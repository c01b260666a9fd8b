import { action } from '../support/cardQuery';
import { startDialogueApp } from '../support/dialogueApp';
import { who, type FollowupTestApp } from '../support/followupApp';

type Verb = 'open' | 'refresh' | 'edit' | 'submit' | 'respond' | 'ask' | 'calendar' | 'notes.open';
type After = 'notes.edit' | 'notes.save' | 'notes.submit';

const look: Verb[] = ['open', 'refresh', 'calendar', 'notes.open'];
const organise: Verb[] = [...look, 'edit', 'submit'];
const take: Verb[] = [...look, 'respond', 'ask'];
const document: After[] = ['notes.edit', 'notes.save', 'notes.submit'];

/**
 * Who may do what with a meeting of BUN (förvaltning BUF) to which "ledamot" and "chef" are invited:
 * organisers book and document, participants look, answer and ask, everyone else nothing.
 */
const roles: [string, string, Verb[], After[]][] = [
  ['a kommun-wide secretary', 'sekr', organise, document],
  ['the förvaltningschef under the nämnd', 'fchef', organise, document],
  ['an admin', 'admin', organise, document],
  ['an invited board member', 'ledamot', take, []],
  ['an invited chief', 'chef', take, []],
  ['a chief who is not invited', 'hchef', [], []],
  ['a deputy who is not invited', 'deputy', [], []],
  ['a user unknown to the organisation', 'okand', [], []],
];

describe('Dialogue authorization, checked on every verb', () => {
  let t: FollowupTestApp;
  let now = new Date('2026-09-01T08:00:00Z');
  let meeting: string;
  const data = (verb: string): Record<string, unknown> => {
    if (verb === 'submit') return { meeting, etag: null, version: 0, day: 'x' };
    if (verb === 'respond') return { meeting, answer: 'accepted' };
    if (verb === 'ask') return { meeting, question: 'En fråga?' };
    if (verb === 'notes.save' || verb === 'notes.submit') return { meeting, etag: null, version: 0, discussed: 'Samtal.' };
    return { meeting };
  };
  const expectOnly = async (id: string, verbs: string[], allowed: string[]) => {
    for (const verb of verbs) {
      const res = await t.invoke(who(id), `dialogue.${verb}`, data(verb));
      if (allowed.includes(verb)) expect({ verb, statusCode: res.statusCode }).toEqual({ verb, statusCode: 200 });
      else {
        expect({ verb, statusCode: res.statusCode, type: res.type }).toEqual({ verb, statusCode: 403, type: 'application/vnd.microsoft.error' });
        expect(res.value.message).toMatch(/tyvärr|bokas och dokumenteras av|står inte som deltagare|hittar dig inte/);
      }
    }
  };

  beforeAll(async () => {
    t = await startDialogueApp(() => now);
    const form = (await t.invoke(who('sekr'), 'dialogue.open', {})).value;
    meeting = action(form, 'dialogue.submit')!.data.meeting;
    const booked = await t.invoke(who('sekr'), 'dialogue.submit', {
      meeting, etag: null, version: 0, type: 'dialogforum', body: 'bun', day: '2026-09-10', startTime: '09:00', endTime: '10:00',
      place: 'Rum 1', participants: 'person:ledamot,person:chef', agenda: 'Läget',
    });
    expect(JSON.stringify(booked.value)).toContain('Mötet är bokat');
  });
  afterAll(() => t.stop());

  it.each(roles)('When %s presses each button before the meeting, then exactly the allowed verbs succeed and the rest get a polite 403', async (_who, id, allowed) => {
    await expectOnly(id, ['open', 'refresh', 'edit', 'submit', 'respond', 'ask', 'calendar', 'notes.open'], allowed);
  });

  it.each(roles)('When %s tries to document the meeting after it, then only organisers may', async (_who, id, _before, allowed) => {
    now = new Date('2026-09-10T09:00:00Z');
    await expectOnly(id, document, allowed);
  });

  it('When an organiser tries to document before the meeting has begun, or to change it after, then it is refused and says why', async () => {
    now = new Date('2026-09-09T12:00:00Z');
    const early = await t.invoke(who('sekr'), 'dialogue.notes.edit', { meeting });
    expect(early).toMatchObject({ statusCode: 403, value: { message: 'Mötet kan dokumenteras när det har börjat (10 september 2026 kl. 09:00).' } });
    now = new Date('2026-09-10T08:30:00Z');
    const late = await t.invoke(who('sekr'), 'dialogue.edit', { meeting });
    expect(late).toMatchObject({ statusCode: 403, value: { message: 'Mötet har redan börjat, så bokningen kan inte ändras längre. Dokumentera mötet i stället.' } });
  });

  it('When a participant or an outsider asks to book a new meeting, then it is refused; a meeting id that does not exist is not found', async () => {
    for (const id of ['ledamot', 'hchef']) expect((await t.invoke(who(id), 'dialogue.open', {})).statusCode).toBe(403);
    expect((await t.invoke(who('ledamot'), 'dialogue.open', { meeting: 'm-finnsinte' })).statusCode).toBe(404);
    const list = await t.say(who('ledamot'), 'boka dialogmöte');
    expect(list.text).toContain('Dialogmöten bokas och dokumenteras av');
  });
});
