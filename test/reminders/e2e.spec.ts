import { action, textOf } from '../support/cardQuery';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';

const chef = who('chef');
const fchef = who('fchef');
const fskchef = who('fskchef');
/** Stockholm office hours; the test moves the clock from day to day. */
let now = new Date('2026-05-08T07:30:00Z');

const valid = {
  'goal:b-bun:kunskap:assessment': 'uppfyllt',
  'ind:b-bun:kunskap:behorighet:value': '91,5',
  'ind:b-bun:kunskap:behorighet:trend': 'förbättrad',
  'goal:u-skola:lasning:assessment': 'delvis uppfyllt',
  'goal:u-skola:lasning:comment': 'Läsförståelsen ökar.',
  'economy:budget': '12 000',
  'economy:outcome': '4 100',
  'economy:forecast': '12 100',
  analysis: 'Fler elever i behov av särskilt stöd.',
};

describe('Deadline reminders over HTTP: planned, sent, acted on, and stopped once the report is in', () => {
  let t: FollowupTestApp;

  /** What the scheduler does on a tick: plan the day, then send what is due. */
  const tick = async () => {
    for (const job of t.app.started.parts.flatMap((p) => p.jobs ?? [])) await job.run(now);
    await t.app.started.dispatcher.run();
  };
  const cardsTo = (user: { id: string }) => t.connector.sent.filter((s) => s.conversationId === `a:${user.id}` && s.activity.attachments?.length).map((s) => s.activity.attachments![0].content);

  beforeAll(async () => {
    t = await startFollowupApp({ clock: () => now });
    // Chiefs who have opened the bot in a personal chat can be reached proactively.
    for (const u of [chef, fchef, fskchef]) await t.say(u, 'roller');
    t.connector.reset();
  });
  afterAll(() => t.stop());

  it('When the scheduler ticks on Friday 8 May (one working day before Sunday\'s deadline), then the chief gets a reminder card: what, by when, why with its source, and a button to the form', async () => {
    await tick();
    const [card] = cardsTo(chef);
    expect(card).toBeDefined();
    const text = textOf(card);
    expect(text).toContain('Påminnelse');
    expect(text).toContain('Lämna in Resultatprognos 2026');
    expect(text).toContain('Senast söndag 10 maj 2026 – om 2 dagar.');
    expect(text).toContain('Varför: Uppföljning per april.');
    expect(text).toMatch(/Källa: .* – Uppföljning/);
    expect(action(card, 'followup.open')?.data).toEqual({ period: 'resultatprognos', year: 2026 });
    expect(action(card, 'reminders.snooze')).toBeDefined();
    expect(action(card, 'reminders.done')).toBeDefined();
  });

  it('When the scheduler ticks again the same day, then nothing is sent twice', async () => {
    const before = t.connector.sent.length;
    await tick();
    expect(t.connector.sent.length).toBe(before);
  });

  it('When the chief opens the form from the reminder and submits it, then no more reminders come for it: not the overdue one on Monday', async () => {
    const [card] = cardsTo(chef);
    const form = await t.invoke(chef, 'followup.open', action(card, 'followup.open')!.data);
    expect(textOf(form.value)).toContain('Uppföljning: Resultatprognos 2026');
    const submitted = await t.invoke(chef, 'followup.submit', { ...action(form.value, 'followup.submit')!.data, ...valid });
    expect(textOf(submitted.value)).toContain('Inlämnad');
    t.connector.reset();
    now = new Date('2026-05-11T07:30:00Z'); // Monday: the working day after the deadline
    await tick();
    expect(cardsTo(chef)).toEqual([]);
    // The chief of a unit that has not submitted gets the overdue reminder.
    const [late] = cardsTo(fskchef);
    expect(textOf(late)).toContain('Försenat');
    expect(textOf(late)).toContain('Skulle ha varit klart söndag 10 maj 2026 – 1 arbetsdag sedan.');
  });

  it('When the report is three working days late, then the förvaltningschef gets it for the units still missing, and not for the one that submitted', async () => {
    t.connector.reset();
    now = new Date('2026-05-13T07:30:00Z');
    await tick();
    const cards = cardsTo(fchef).map(textOf);
    expect(cards.some((c) => c.includes('Förskolan har inte lämnat in'))).toBe(true);
    expect(cards.some((c) => c.includes('Skolan har inte lämnat in'))).toBe(false);
  });

  it('When a chief presses "Påminn mig om 2 dagar", then the card says when, and the reminder comes back on that day only', async () => {
    t.connector.reset();
    now = new Date('2026-08-13T07:30:00Z'); // 28 days before Delårsrapport's 10 September
    await tick();
    const [card] = cardsTo(fskchef);
    expect(textOf(card)).toContain('Lämna in Delårsrapport 2026');
    const res = await t.invoke(fskchef, 'reminders.snooze', action(card, 'reminders.snooze')!.data);
    expect(textOf(res.value)).toContain('Jag påminner dig igen 17 augusti 2026.');
    t.connector.reset();
    now = new Date('2026-08-14T07:30:00Z');
    await tick();
    expect(cardsTo(fskchef)).toEqual([]);
    now = new Date('2026-08-17T07:30:00Z');
    await tick();
    expect(textOf(cardsTo(fskchef)[0])).toContain('Påminnelse som du bad om');
  });

  it('When reminders are planned outside office hours, then nothing goes out until 08:00', async () => {
    t.connector.reset();
    now = new Date('2026-09-03T04:00:00Z'); // 06:00 in Stockholm on 3 September, 7 days before the deadline
    await tick();
    expect(t.connector.sent).toEqual([]);
    now = new Date('2026-09-03T06:05:00Z'); // 08:05
    await t.app.started.dispatcher.run();
    expect(cardsTo(fskchef).length).toBe(1);
  });
});
