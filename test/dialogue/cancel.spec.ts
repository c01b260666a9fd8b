import * as ical from 'node-ical';
import { action, findAll, textOf } from '../support/cardQuery';
import { startDialogueApp } from '../support/dialogueApp';
import { who, type FollowupTestApp } from '../support/followupApp';
import { validateCard } from '../support/validateCard';

const sekr = who('sekr'); // organises every body's meetings
const ledamot = who('ledamot');
const chef = who('chef');
let now = new Date('2026-09-01T08:00:00Z');

const booking = {
  type: 'uppfoljningsdialog-delar',
  body: 'bun',
  day: '2026-09-17',
  startTime: '13:00',
  endTime: '15:00',
  place: 'Sessionssalen',
  participants: 'person:ledamot,person:chef',
  agenda: 'Resultat per augusti',
};

describe('Calling off a dialogue meeting over HTTP', () => {
  let t: FollowupTestApp;
  let meeting: string;
  const cardsTo = (user: { id: string }) => t.connector.sent.filter((s) => s.conversationId === `a:${user.id}` && s.activity.attachments?.length).map((s) => s.activity.attachments![0].content);
  const expectValid = (card: object) => expect(validateCard(card).failures).toEqual([]);
  const stored = async () => (await t.app.store.collection<any>('dialogueMeetings').get('provkommun', meeting))!.doc;
  const meetingDeadlines = async () => (await t.app.started.context.deadlines.ofYears('provkommun', [2026])).filter((d) => d.source === 'dialogue');

  beforeAll(async () => {
    t = await startDialogueApp(() => now);
    for (const u of [sekr, ledamot, chef]) await t.say(u, 'roller');
    const form = (await t.invoke(sekr, 'dialogue.open', {})).value;
    meeting = action(form, 'dialogue.submit')!.data.meeting;
    await t.invoke(sekr, 'dialogue.submit', { meeting, etag: null, version: 0, ...booking });
    await t.app.started.dispatcher.run();
    t.connector.reset();
  });
  afterAll(() => t.stop());

  it('When a participant presses "Ja, ställ in mötet" (a forged press: the card does not show it to them), then it is refused and the meeting stays booked', async () => {
    const invitation = (await t.invoke(ledamot, 'dialogue.open', { meeting })).value;
    expect(findAll(invitation, (n) => n.title === 'Ställ in mötet')).toEqual([]);
    const res = await t.invoke(ledamot, 'dialogue.cancel', { meeting });
    expect(res.statusCode).toBe(403);
    expect(res.value.message).toContain('Du kan tyvärr inte ändra det här dialogmötet');
    expect((await stored()).cancelled).toBeUndefined();
    expect((await meetingDeadlines()).every((d) => d.status === 'active')).toBe(true);
  });

  it('When the organiser calls it off with a reason, then the card says so, the booking gets a new version marked cancelled, and the meeting\'s reminders are cancelled', async () => {
    const card = (await t.invoke(sekr, 'dialogue.open', { meeting })).value;
    const cancel = findAll(card, (n) => n.type === 'Action.ShowCard' && n.title === 'Ställ in mötet')[0];
    expect(action(cancel.card, 'dialogue.cancel')!.data).toEqual({ meeting });
    const res = await t.invoke(sekr, 'dialogue.cancel', { meeting, reason: 'Krockar med **budgetberedningen** <b>x</b>' });
    expectValid(res.value);
    const text = textOf(res.value);
    expect(text).toContain('Mötet är inställt. 2 deltagare får besked i Teams, med en kalenderfil som tar bort mötet.');
    expect(text).toContain('Skäl: Krockar med');
    expect(text).not.toContain('**budgetberedningen**');
    expect(text).not.toContain('<b>');
    for (const verb of ['dialogue.edit', 'dialogue.respond', 'dialogue.cancel']) expect(action(res.value, verb)).toBeUndefined();
    const doc = await stored();
    expect(doc).toMatchObject({ version: 2, state: 'submitted', cancelled: { by: 'sekr', byName: 'Sekreterare Sex' } });
    expect(doc.history.map((h: { action: string }) => h.action)).toEqual(['submitted', 'cancelled']);
    const deadlines = await meetingDeadlines();
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.map((d) => d.status)).toEqual(deadlines.map(() => 'cancelled'));
  });

  it('When the queue sends, then each participant gets "Inställt dialogmöte" with the reason and no answer buttons, and their reminder list no longer has the meeting', async () => {
    await t.app.started.dispatcher.run();
    for (const u of [ledamot, chef]) {
      const cards = cardsTo(u);
      expect(cards).toHaveLength(1);
      expectValid(cards[0]);
      expect(textOf(cards[0])).toContain('Inställt dialogmöte');
      expect(textOf(cards[0])).toContain('Mötet är inställt (Sekreterare Sex');
      expect(action(cards[0], 'dialogue.respond')).toBeUndefined();
      expect(action(cards[0], 'dialogue.ask')).toBeUndefined();
    }
    expect(textOf((await t.say(chef, 'påminnelser')).card)).not.toContain('Dialogmöte:');
    expect(textOf((await t.say(chef, 'dialogmöten')).card)).toContain('Inställt.');
  });

  it('When someone answers, asks, changes or documents the cancelled meeting (old card buttons), then each is refused with "Mötet är inställt."', async () => {
    const tries = [
      [ledamot, 'dialogue.respond', { meeting, answer: 'accepted' }],
      [chef, 'dialogue.ask', { meeting, question: 'Blir det ett nytt möte?' }],
      [sekr, 'dialogue.edit', { meeting }],
      [sekr, 'dialogue.cancel', { meeting }],
    ] as const;
    for (const [user, verb, data] of tries) {
      const res = await t.invoke(user, verb, data);
      expect({ verb, status: res.statusCode, message: res.value.message }).toEqual({ verb, status: 403, message: 'Mötet är inställt.' });
    }
    now = new Date('2026-09-17T14:00:00Z');
    const notes = await t.invoke(sekr, 'dialogue.notes.edit', { meeting });
    expect({ status: notes.statusCode, message: notes.value.message }).toEqual({ status: 403, message: 'Mötet är inställt.' });
    expect((await stored()).version).toBe(2);
  });

  it('When a participant downloads the calendar file, then it cancels the event (METHOD:CANCEL, STATUS:CANCELLED, same uid, higher sequence), read by node-ical', async () => {
    now = new Date('2026-09-02T08:00:00Z');
    t.connector.reset();
    await t.invoke(ledamot, 'dialogue.calendar', { meeting });
    const url = findAll(cardsTo(ledamot)[0], (n) => n.type === 'Action.OpenUrl')[0].url as string;
    const body = await (await fetch(url.replace(/^https?:\/\/[^/]+/, t.url))).text();
    expect(body).toContain('METHOD:CANCEL');
    const [event] = Object.values(ical.sync.parseICS(body)).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
    expect(event.status).toBe('CANCELLED');
    expect(event.uid).toBe(`${meeting}@styrmodellsboten`);
    expect(Number(event.sequence)).toBe(1);
  });
});
