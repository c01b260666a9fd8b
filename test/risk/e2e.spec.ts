import { action, afterInput, findAll, input, textOf } from '../support/cardQuery';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';
import { validateCard } from '../support/validateCard';

const fchef = who('fchef');
const ledamot = who('ledamot');
const hchef = who('hchef');
const chef = who('chef');
const now = new Date('2026-05-04T08:00:00Z');
const owner = { owner: 'b-bun', year: 2026 };

describe('Risk analysis → internal control plan → control follow-up, over HTTP', () => {
  let t: FollowupTestApp;
  const valid = (card: unknown) => {
    const { failures, bytes } = validateCard(card as object);
    expect(failures).toEqual([]);
    expect(bytes).toBeLessThan(80_000);
  };
  const save = (risk: string, values: Record<string, string>) => t.invoke(fchef, 'risk.submit', { ...owner, risk, etag: null, version: 0, ...values });
  const stored = (risk: string) => t.app.store.collection('risks').get('provkommun', `risk:b-bun:2026:${risk}`);
  /** The matrix cell for a likelihood and a consequence (rows from the highest consequence down; column 0 is the label). */
  const cell = (card: any, l: number, c: number) => findAll(card, (n) => n.type === 'Table')[0].rows[4 - c].cells[l];

  beforeAll(async () => {
    t = await startFollowupApp({ clock: () => now });
  });
  afterAll(() => t.stop());

  it('When the förvaltningschef writes "riskanalys bun 2026", then an empty matrix comes with a "Ny risk" button; the commands are in the help card', async () => {
    const { card } = await t.say(fchef, 'riskanalys bun 2026');
    valid(card);
    expect(textOf(card)).toContain('Riskmatris: Barn- och utbildningsnämnden 2026');
    expect(action(card, 'risk.open')?.title).toBe('Ny risk');
    const help = textOf((await t.say(fchef, 'hjälp')).card);
    for (const c of ['riskanalys', 'riskmatris', 'internkontrollplan']) expect(help).toContain(c);
  });

  it('When a risk has an empty title and a likelihood outside the scale, then the card comes back with each message next to its field, the other values kept, and nothing stored', async () => {
    const res = await save('bad', { title: '', likelihood: '7', consequence: '2', description: 'Beskrivning som ska finnas kvar' });
    valid(res.value);
    expect(afterInput(res.value, 'title')).toMatchObject({ color: 'Attention', text: 'Ange vad risken gäller.' });
    expect(afterInput(res.value, 'likelihood')).toMatchObject({ color: 'Attention', text: 'Välj ett av alternativen.' });
    expect(input(res.value, 'description')?.value).toBe('Beskrivning som ska finnas kvar');
    expect(input(res.value, 'consequence')?.value).toBe('2');
    expect(await stored('bad')).toBeUndefined();
  });

  it('When three risks are saved, then the server computes their values and each lands in its cell of the matrix, coloured by level', async () => {
    const first = await save('utbet', { title: 'Felaktiga utbetalningar', likelihood: '3', consequence: '4', category: 'Ekonomi' });
    expect(textOf(first.value)).toContain('Riskvärde 12 (Hög): sannolikhet 3 × konsekvens 4.');
    await save('brand', { title: 'Brand i skollokal', likelihood: '1', consequence: '4', category: 'Verksamhet' });
    await save('vikarie', { title: 'Vikariebrist', likelihood: '2', consequence: '2', category: 'Medarbetare', value: '99' });
    expect((await stored('vikarie'))?.doc).toMatchObject({ likelihood: 2, consequence: 2, value: 4 });
    const matrix = (await t.invoke(fchef, 'risk.matrix', owner)).value;
    valid(matrix);
    expect(cell(matrix, 3, 4)).toMatchObject({ style: 'attention' });
    expect(textOf(cell(matrix, 3, 4))).toContain('1');
    expect(cell(matrix, 2, 2)).toMatchObject({ style: 'warning' });
    expect(cell(matrix, 1, 1)).toMatchObject({ style: 'good' });
    expect(textOf(matrix)).toMatch(/Felaktiga utbetalningar — riskvärde 12[\s\S]*Brand i skollokal — riskvärde 4|Felaktiga utbetalningar — riskvärde 12[\s\S]*Vikariebrist — riskvärde 4/);
    const inCell = (await t.invoke(fchef, 'risk.matrix', { ...owner, l: 3, c: 4 })).value;
    expect(textOf(inCell)).toContain('Risker med sannolikhet 3 och konsekvens 4');
  });

  it('When a board member opens the matrix, then they see it, but saving a risk is refused; a chief of another förvaltning sees nothing', async () => {
    expect(textOf((await t.invoke(ledamot, 'risk.matrix', owner)).value)).toContain('Felaktiga utbetalningar');
    expect((await t.invoke(ledamot, 'risk.submit', { ...owner, risk: 'x', title: 'Min risk', likelihood: '1', consequence: '1' })).statusCode).toBe(403);
    expect((await t.invoke(hchef, 'risk.matrix', owner)).statusCode).toBe(403);
  });

  it('When two risks are moved into the plan and it is marked decided with a future date, then the date is refused next to its field and nothing is decided', async () => {
    await t.invoke(fchef, 'risk.toPlan', { ...owner, risk: 'utbet' });
    const res = await t.invoke(fchef, 'risk.toPlan', { ...owner, risk: 'vikarie' });
    valid(res.value);
    const text = textOf(res.value);
    expect(text).toContain('Felaktiga utbetalningar — riskvärde 12');
    expect(text).toContain('Vikariebrist — riskvärde 4');
    const rows = { 'row:utbet:activity': 'Stickprov på 20 utbetalningar per tertial', 'row:utbet:responsible': 'Ekonomichef', 'row:utbet:unit': 'skola', 'row:vikarie:activity': 'Genomgång av bemanningen', 'row:vikarie:responsible': 'Rektor' };
    const submit = action(res.value, 'riskplan.submit')!;
    const future = await t.invoke(fchef, 'riskplan.submit', { ...submit.data, ...rows, 'decision:date': '2026-06-01', 'decision:paragraph': '§ 191' });
    expect(afterInput(future.value, 'decision:date')).toMatchObject({ color: 'Attention', text: 'Beslutsdatumet kan inte ligga i framtiden.' });
    expect(input(future.value, 'row:utbet:activity')?.value).toBe(rows['row:utbet:activity']);
    expect((await t.app.store.collection<any>('riskPlans').get('provkommun', 'riskplan:b-bun:2026:v1'))?.doc.state).toBe('draft');
  });

  it('When the plan is decided, then it is frozen: saving over it or deciding again is refused, and a new version starts as a draft', async () => {
    const plan = await t.invoke(fchef, 'riskplan.show', owner);
    const submit = action(plan.value, 'riskplan.submit')!;
    const rows = { 'row:utbet:activity': 'Stickprov på 20 utbetalningar per tertial', 'row:utbet:responsible': 'Ekonomichef', 'row:utbet:unit': 'skola', 'row:vikarie:activity': 'Genomgång av bemanningen', 'row:vikarie:responsible': 'Rektor' };
    const decided = await t.invoke(fchef, 'riskplan.submit', { ...submit.data, ...rows, 'decision:date': '2026-04-28', 'decision:paragraph': '§ 191' });
    valid(decided.value);
    expect(textOf(decided.value)).toContain('Beslutad 28 april 2026, § 191 (version 1) – låst');
    const etag = (await t.app.store.collection<any>('riskPlans').get('provkommun', 'riskplan:b-bun:2026:v1'))!.etag;
    const draftOver = await t.invoke(fchef, 'riskplan.save', { ...owner, version: 1, etag, ...rows, 'row:utbet:activity': 'Ändrat' });
    expect(textOf(draftOver.value)).toContain('är redan inlämnad');
    const again = await t.invoke(fchef, 'riskplan.submit', { ...owner, version: 1, etag, ...rows, 'decision:date': '2026-04-28', 'decision:paragraph': '§ 192' });
    expect(afterInput(again.value, 'decision:date')?.text).toBe('Planen är redan beslutad. Skapa en ny version för att ändra den.');
    const v1 = (await t.app.store.collection<any>('riskPlans').get('provkommun', 'riskplan:b-bun:2026:v1'))!.doc;
    expect(v1.decision).toEqual({ date: '2026-04-28', paragraph: '§ 191' });
    expect(v1.rows.find((r: any) => r.risk === 'utbet').activity).toBe('Stickprov på 20 utbetalningar per tertial');
  });

  it('When a control is followed up with a deviation but no description, then that is refused; once complete, the red light shows in the plan and in the unit\'s follow-up report', async () => {
    const form = (await t.invoke(fchef, 'control.open', { ...owner, period: 'resultatprognos' })).value;
    valid(form);
    const submit = action(form, 'control.submit')!;
    const missing = await t.invoke(fchef, 'control.submit', { ...submit.data, 'ctrl:utbet:outcome': 'avvikelse', 'ctrl:utbet:light': 'röd', 'ctrl:vikarie:outcome': 'utan anmärkning', 'ctrl:vikarie:light': 'grön' });
    expect(afterInput(missing.value, 'ctrl:utbet:description')).toMatchObject({ color: 'Attention', text: 'Beskriv avvikelsen.' });
    const ok = await t.invoke(fchef, 'control.submit', { ...submit.data, 'ctrl:utbet:outcome': 'avvikelse', 'ctrl:utbet:light': 'röd', 'ctrl:utbet:description': 'Två utbetalningar saknade attest.', 'ctrl:vikarie:outcome': 'utan anmärkning', 'ctrl:vikarie:light': 'grön' });
    expect(textOf(ok.value)).toContain('röd · avvikelse · Två utbetalningar saknade attest.');
    const plan = textOf((await t.invoke(ledamot, 'riskplan.show', owner)).value);
    expect(plan).toContain('Resultatprognos: 🔴 röd – avvikelse');
    const report = (await t.say(chef, 'uppföljning resultatprognos 2026')).card;
    valid(report);
    expect(textOf(report)).toContain('Intern kontroll');
    expect(textOf(report)).toContain('Stickprov på 20 utbetalningar per tertial: 🔴 röd – avvikelse: Två utbetalningar saknade attest.');
  });

  it('When a decided plan gets a new version, then the old one stays decided and the new one is an editable draft with the same controls', async () => {
    const res = await t.invoke(fchef, 'riskplan.newversion', owner);
    expect(textOf(res.value)).toContain('Version 2 är skapad som utkast');
    expect(input(res.value, 'row:utbet:activity')?.value).toBe('Stickprov på 20 utbetalningar per tertial');
    expect(input(res.value, 'decision:date')?.value).toBe('');
    expect((await t.app.store.collection<any>('riskPlans').get('provkommun', 'riskplan:b-bun:2026:v1'))!.doc.state).toBe('submitted');
  });

  it('When a register holds 60 risks, then the matrix card still validates and stays under 80 KB', async () => {
    for (let i = 0; i < 57; i++) await save(`many${i}`, { title: `Risk nummer ${i} med en ganska lång rubrik om verksamheten`, likelihood: String((i % 4) + 1), consequence: String(((i >> 2) % 4) + 1), category: 'Verksamhet' });
    const matrix = (await t.invoke(fchef, 'risk.matrix', owner)).value;
    valid(matrix);
    expect(textOf(matrix)).toContain('60 risker');
  });
});
