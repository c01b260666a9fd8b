import { action, afterInput, input, textOf } from '../support/cardQuery';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';
import { validateCard } from '../support/validateCard';

const admin = who('admin');
const chef = who('chef');
const sekr = who('sekr');
const ledamot = who('ledamot');
let now = new Date('2026-04-20T08:00:00Z');

describe('Reminder cards in Teams: påminnelser, frister, leveransstatus', () => {
  let t: FollowupTestApp;
  const valid = (card: unknown) => expect(validateCard(card as object).failures).toEqual([]);

  beforeAll(async () => {
    t = await startFollowupApp({ clock: () => now });
    for (const u of [admin, chef, sekr]) await t.say(u, 'roller');
  });
  afterAll(() => t.stop());

  it('When a chief writes "påminnelser", then they see their coming reminders with dates and why, and how they get them', async () => {
    const { card } = await t.say(chef, 'påminnelser');
    valid(card);
    const text = textOf(card);
    expect(text).toContain('Dina påminnelser');
    expect(text).toMatch(/30 april 2026[\s\S]*Lämna in Resultatprognos 2026/);
    expect(text).toContain('7 dagar före · senast 10 maj 2026');
    expect(text).toContain('En påminnelse i taget, på arbetsdagar kl. 8–16.');
    expect(action(card, 'run')).toBeUndefined(); // no delivery status or deadlines for a chief
  });

  it('When the chief turns on the weekly digest and opts out of a kind, then the overview says so and offers to undo it', async () => {
    const { card } = await t.say(chef, 'påminnelser');
    const res = await t.invoke(chef, 'reminders.digest', action(card, 'reminders.digest')!.data);
    expect(textOf(res.value)).toContain('En sammanfattning på veckans första arbetsdag.');
    await t.invoke(chef, 'reminders.optout', { kind: 'report', shown: [] });
    const after = (await t.say(chef, 'påminnelser')).card;
    expect(textOf(after)).toContain('Avstängt: rapporter.');
    expect(textOf(after)).toContain('Du har inga påminnelser de närmaste 30 dagarna.');
    const back = await t.invoke(chef, 'reminders.optin', action(after, 'reminders.optin')!.data);
    expect(textOf(back.value)).toContain('Påminnelser om rapporter är påslagna igen.');
    await t.invoke(chef, 'reminders.digest', { on: false });
  });

  it('When someone who is not admin writes "frister" or presses an admin button, then they are refused', async () => {
    expect((await t.say(chef, 'frister')).text).toBe('Frister kan bara administratörer ändra.');
    const res = await t.invoke(ledamot, 'deadlines.cancel', { deadline: 'followup:resultatprognos:2026' });
    expect(res.statusCode).toBe(403);
  });

  it('When an admin adds a deadline with errors, then the card comes back with each message next to its field and every typed value kept', async () => {
    const { card } = await t.say(admin, 'frister');
    valid(card);
    expect(textOf(card)).toContain('Lämna in Resultatprognos 2026');
    const typed = { title: 'Granska <b>delegationsordningen</b>', due: '2026-04-01', who: '', why: 'KS beslut' };
    const res = await t.invoke(admin, 'deadlines.add', typed);
    const back = res.value;
    valid(back);
    expect(textOf(back)).toContain('Fristen är inte sparad.');
    expect(afterInput(back, 'due')).toMatchObject({ color: 'Attention', text: 'Datumet har redan varit.' });
    expect(afterInput(back, 'who')).toMatchObject({ color: 'Attention', text: 'Välj vem som ska göra det.' });
    expect(input(back, 'title')?.value).toBe(typed.title);
    expect(input(back, 'why')?.value).toBe('KS beslut');
  });

  it('When an admin adds a deadline for a nämnd, then it is listed, its members get reminders, and a repeated press adds nothing', async () => {
    const data = { title: 'Granska <b>delegationsordningen</b>', due: '2026-05-20', who: 'body:bun', kind: 'task', why: 'KS beslut' };
    const res = await t.invoke(admin, 'deadlines.add', data);
    const text = textOf(res.value);
    expect(text).toContain('är tillagd med sista dag 20 maj 2026');
    expect(text).toContain('Granska \\<b\\>delegationsordningen\\</b\\>'); // shown inert
    await t.invoke(admin, 'deadlines.add', data);
    const listed = textOf((await t.say(admin, 'frister')).card).split('\n').filter((l) => l.includes('delegationsordningen') && l.includes('Granska'));
    expect(listed).toHaveLength(1);
    const plan = await t.app.started.context.deadlines.ofYears('provkommun', [2026]);
    expect(plan.filter((d) => d.source === 'admin')).toHaveLength(1);
  });

  it('When an admin moves the follow-up deadline, then the card says so with who moved it from when, and the reminders follow', async () => {
    const { card } = await t.say(admin, 'frister');
    const move = action(card, 'deadlines.move')!;
    const res = await t.invoke(admin, 'deadlines.move', { ...move.data, [move.data.field]: '2026-05-15' });
    const text = textOf(res.value);
    expect(text).toContain('är flyttad till 15 maj 2026');
    expect(text).toContain('Flyttad från 10 maj 2026 av Admin Tre.');
    const overview = textOf((await t.say(chef, 'påminnelser')).card);
    expect(overview).toContain('senast 15 maj 2026');
  });

  it('When an admin writes "påminnelser status", then the day\'s deliveries are counted and the people without a chat are named, with how to reach them', async () => {
    now = new Date('2026-05-08T07:00:00Z'); // 7 days before the moved deadline (15 May)
    for (const job of t.app.started.parts.flatMap((p) => p.jobs ?? [])) await job.run(now);
    await t.app.started.dispatcher.run();
    const reply = await t.say(admin, 'påminnelser status');
    expect(reply.text).toContain('**Påminnelser 8 maj 2026**');
    expect(reply.text).toMatch(/- \d+ skickade/);
    expect(reply.text).toMatch(/\*\*Kan inte nås\*\* .*Förskolechef Åtta/);
    expect(reply.text).toContain('Microsoft Graph');
    expect((await t.say(chef, 'påminnelser status')).text).toBe('Leveransstatus kan administratörer och sekreterare se.');
  });
});
