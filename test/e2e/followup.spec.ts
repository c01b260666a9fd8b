import ExcelJS from 'exceljs';
import { action, afterInput, findAll, input, textOf } from '../support/cardQuery';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';

const chef = who('chef');
const deputy = who('deputy');
const sekr = who('sekr');
const ledamot = who('ledamot');
const admin = who('admin');
const fskchef = who('fskchef');
const skola = { period: 'resultatprognos', year: 2026, unit: 'skola' };
/** Saturday 2 May 2026, 14:05 in Stockholm. */
let now = new Date('2026-05-02T12:05:00Z');

const valid = {
  'goal:b-bun:kunskap:assessment': 'uppfyllt',
  'ind:b-bun:kunskap:behorighet:value': '91,5',
  'ind:b-bun:kunskap:behorighet:trend': 'förbättrad',
  'goal:u-skola:lasning:assessment': 'delvis uppfyllt',
  'goal:u-skola:lasning:comment': 'Läsförståelsen ökar men når inte målvärdet.',
  'economy:budget': '12 000',
  'economy:outcome': '4 100',
  'economy:forecast': '12 100',
  analysis: 'Fler elever i behov av särskilt stöd.',
};

describe('Follow-up over HTTP: form → errors → submit → conflict → status', () => {
  let t: FollowupTestApp;
  let form: any;

  beforeAll(async () => {
    t = await startFollowupApp({ clock: () => now });
  });
  afterAll(() => t.stop());

  it('When a chief writes "uppföljning resultatprognos 2026", then the form of their unit comes with the nämnd\'s and the unit\'s goals', async () => {
    const reply = await t.say(chef, 'uppföljning resultatprognos 2026');
    form = reply.card;
    expect(form.version).toBe('1.5');
    const text = textOf(form);
    expect(text).toContain('Uppföljning: Resultatprognos 2026');
    expect(text).toContain('Skolan · Barn- och utbildningsnämnden');
    expect(text).toContain('Lämnas senast 10 maj 2026');
    expect(text).toContain('Fler elever når kunskapsmålen');
    expect(text).toContain('Alla läser med förståelse i åk 3');
    expect(input(form, 'goal:b-bun:kunskap:assessment')?.choices.map((c: any) => c.value)).toEqual(['uppfyllt', 'delvis uppfyllt', 'ej uppfyllt', 'kan ej bedömas']);
    expect(input(form, 'personnel:sickLeave')).toBeDefined();
    expect(action(form, 'followup.submit')?.data).toEqual({ ...skola, etag: null, version: 0 });
  });

  it('When the chief submits with a missing assessment and a budget that is no number, then the form comes back with each error in red under its field, a summary on top, every value kept, and nothing stored', async () => {
    const typed = { ...valid, 'goal:b-bun:kunskap:assessment': '', 'economy:budget': 'tolv tusen', 'economy:forecast': '13000' };
    const res = await t.invoke(chef, 'followup.submit', { ...action(form, 'followup.submit')!.data, ...typed });
    expect(res.statusCode).toBe(200);
    expect(res.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = res.value;
    expect(afterInput(card, 'economy:budget')).toMatchObject({ type: 'TextBlock', color: 'Attention', text: 'Ange ett belopp i tkr, till exempel 12 500 eller -350,5.' });
    expect(afterInput(card, 'goal:b-bun:kunskap:assessment')).toMatchObject({ color: 'Attention', text: 'Välj en bedömning av målet.' });
    const summary = findAll(card, (n) => n.type === 'Container' && n.style === 'attention')[0];
    expect(card.body.indexOf(summary)).toBeLessThan(card.body.findIndex((n: any) => n.text === 'Mål'));
    expect(textOf(summary)).toContain('Formuläret har 2 fel');
    for (const [id, value] of Object.entries(typed)) expect(input(card, id)?.value).toBe(value);
    expect(card.refresh).toBeUndefined();
    expect(await t.reports.get('provkommun', skola)).toBeUndefined();
  });

  it('When the chief fixes the errors and submits, then the card is replaced by a receipt with who, when and version, and an "Ändra" button', async () => {
    const res = await t.invoke(chef, 'followup.submit', { ...skola, etag: null, version: 0, ...valid });
    const receipt = res.value;
    const text = textOf(receipt);
    expect(text).toContain('Inlämnad ✓');
    expect(text).toContain('Chef Ett – 2 maj 2026 kl. 14:05');
    expect(findAll(receipt, (n) => n.title === 'Version')[0].value).toBe('1');
    expect(action(receipt, 'followup.edit')).toMatchObject({ title: 'Ändra', data: skola });
    const stored = await t.reports.get('provkommun', skola);
    expect(stored?.doc).toMatchObject({ state: 'submitted', version: 1, submittedBy: 'chef', answers: { 'economy:budget': 12000, 'ind:b-bun:kunskap:behorighet:value': 91.5 } });
    expect(stored?.doc.history[0]).toMatchObject({ version: 1, by: 'chef', action: 'submitted' });
  });

  it('When a second editor submits from a stale version, then they see the newer stored values and who saved them, and nothing of theirs is written', async () => {
    const chefForm = (await t.invoke(chef, 'followup.edit', skola)).value;
    const deputyForm = (await t.invoke(deputy, 'followup.edit', skola)).value;
    expect(action(chefForm, 'followup.submit')?.title).toBe('Lämna in ändringar');
    now = new Date('2026-05-04T07:30:00Z');
    const chefSaved = await t.invoke(chef, 'followup.submit', { ...action(chefForm, 'followup.submit')!.data, ...valid, 'economy:forecast': '12 050' });
    expect(textOf(chefSaved.value)).toContain('version 2');

    const res = await t.invoke(deputy, 'followup.submit', { ...action(deputyForm, 'followup.submit')!.data, ...valid, 'economy:forecast': '99 999', actions: 'Mina ändringar' });
    const card = res.value;
    expect(textOf(card)).toContain('Chef Ett sparade en nyare version (version 2) 4 maj 2026 kl. 09:30. Dina ändringar sparades inte');
    expect(input(card, 'economy:forecast')?.value).toBe('12050');
    expect(input(card, 'actions')?.value).toBe('');
    const stored = await t.reports.get('provkommun', skola);
    expect(stored?.doc).toMatchObject({ version: 2, updatedBy: 'chef', answers: { 'economy:forecast': 12050 } });
    expect(stored?.doc.answers.actions).toBeUndefined();
    expect(stored?.doc.history.map((h) => h.changed)).toEqual([expect.arrayContaining(['economy:budget']), ['economy:forecast']]);
    expect(action(card, 'followup.submit')?.data).toMatchObject({ etag: stored?.etag, version: 2 });
  });

  it('When a secretary asks for status, then the card counts the submitted unit per förvaltning, draws the progress bar and lists the missing units', async () => {
    const card = (await t.say(sekr, 'status resultatprognos 2026')).card;
    const text = textOf(card);
    expect(text).toContain('Status: Resultatprognos 2026');
    expect(text).toContain('1 av 3 har lämnat in · 0 utkast · 2 ej påbörjade');
    expect(text).toContain('0 av 1 har lämnat in');
    expect(text).toContain('• Förskolan (ej påbörjad)');
    const bar = findAll(card, (n) => n.type === 'ColumnSet' && n.columns?.every((c: any) => c.minHeight === '12px'))[0];
    expect(bar.columns.map((c: any) => [c.width, c.style])).toEqual([[33, 'good'], [67, 'emphasis']]);
    expect(action(card, 'followup.remind')).toBeDefined();
  });

  it('When a board member asks for status, then they see it without a "Påminn" button', async () => {
    const card = (await t.say(ledamot, 'status resultatprognos 2026')).card;
    expect(textOf(card)).toContain('Barn- och utbildningsförvaltningen');
    expect(textOf(card)).not.toContain('Socialförvaltningen');
    expect(action(card, 'followup.remind')).toBeUndefined();
  });

  it('When a secretary presses "Påminn", then the chiefs of missing units who have a chat with the bot get a message now, and those who never opened it are named', async () => {
    await t.say(fskchef, 'roller');
    const before = t.connector.sent.length;
    const res = await t.invoke(sekr, 'followup.remind', { period: 'resultatprognos', year: 2026 });
    const notice = textOf(res.value);
    expect(notice).toContain('Påminnelse skickad till 1 chef: Förskolechef Åtta.');
    expect(notice).toMatch(/Kan inte nås ännu \(har inte öppnat Styrmodellsboten i Teams\): .*Fritidschef Nio/);
    const sent = t.connector.sent.slice(before).find((s) => s.conversationId === 'a:29:fskchef');
    expect(textOf(sent?.activity.attachments?.[0].content)).toContain('Resultatprognos 2026 för Förskolan är inte inlämnad ännu');
    expect(action(sent?.activity.attachments?.[0].content, 'followup.open')?.data).toEqual({ period: 'resultatprognos', year: 2026, unit: 'forskola' });
  });

  it('When a viewer opens or refreshes a report, then they get the latest version read-only, refreshing for the people who should see updates', async () => {
    const res = await t.invoke(ledamot, 'followup.refresh', skola);
    const card = res.value;
    expect(textOf(card)).toContain('Inlämnad ✓');
    expect(findAll(card, (n) => n.title === 'Version')[0].value).toBe('2');
    expect(action(card, 'followup.edit')).toBeUndefined();
    expect(findAll(card, (n) => n.type?.startsWith?.('Input.'))).toHaveLength(0);
    expect(card.refresh.action).toMatchObject({ verb: 'followup.refresh', data: skola });
    expect(card.refresh.userIds).toEqual(expect.arrayContaining(['29:ledamot', '29:chef', '29:deputy', '29:sekr']));
    expect(card.refresh.userIds).not.toContain('29:fskchef');
  });

  it('When a secretary exports, then CSV (BOM, semicolons, decimal comma) and Excel download through signed links; a tampered link is 403, an expired one 410', async () => {
    const card = (await t.say(sekr, 'export resultatprognos 2026')).card;
    const urls = findAll(card, (n) => n.type === 'Action.OpenUrl').map((a) => a.url as string);
    expect(urls.length).toBeGreaterThanOrEqual(2);
    const [csvUrl, xlsxUrl] = urls;
    const csvRes = await fetch(csvUrl);
    const csv = Buffer.from(await csvRes.arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain('Nämnd;Förvaltning;Enhet;Status;Version;Avsnitt;Fråga;Svar');
    expect(text).toContain('Barn- och utbildningsnämnden;Barn- och utbildningsförvaltningen;Skolan;Inlämnad;2;Mål: Fler elever når kunskapsmålen (Barn- och utbildningsnämnden);Värde: Behöriga till gymnasiet;91,5');
    expect(text).toContain('Hemtjänsten;Ej påbörjad');

    const xlsx = await fetch(xlsxUrl);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Enheter', 'Svar']);
    expect(book.getWorksheet('Enheter')!.getRow(2).values).toEqual(expect.arrayContaining(['Skolan', 'Inlämnad', 12000, 12050]));

    const tampered = csvUrl.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await fetch(tampered)).status).toBe(403);
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await fetch(csvUrl)).status).toBe(410);
  });

  it('When an admin sets a deadline with "frist", then forms show it; no one else may set it', async () => {
    expect((await t.say(ledamot, 'frist resultatprognos 2026 2026-05-20')).text).toContain('Bara en administratör');
    expect((await t.say(admin, 'frist resultatprognos 2026 2026-02-30')).text).toContain('är inget datum');
    expect((await t.say(admin, 'frist resultatprognos 2026 2026-04-15')).text).toBe('Sista dag måste vara efter periodens slut (30 april 2026).');
    expect((await t.say(admin, 'frist resultatprognos 2026 2026-05-20')).text).toBe('Klart. Sista dag för Resultatprognos 2026: 20 maj 2026 (ändrad av administratör).');
    const card = (await t.invoke(chef, 'followup.edit', skola)).value;
    expect(textOf(card)).toContain('Lämnas senast 20 maj 2026');
  });

  it('When a chief leads two units, then "uppföljning" offers a picker, and picking opens that unit\'s form', async () => {
    const picker = (await t.say(who('tvachef'), 'uppföljning resultatprognos 2026')).card;
    expect(textOf(picker)).toContain('Välj vilken du vill följa upp');
    const open = findAll(picker, (n) => n.verb === 'followup.open').map((a) => a.data);
    expect(open).toEqual([{ period: 'resultatprognos', year: 2026, unit: 'forskola' }, { period: 'resultatprognos', year: 2026, unit: 'fritid' }]);
    const res = await t.invoke(who('tvachef'), 'followup.open', open[1]);
    expect(textOf(res.value)).toContain('Fritidsgården · Barn- och utbildningsnämnden');
  });

  it('When "uppföljning" has no period, then the period whose deadline is next is opened', async () => {
    now = new Date('2026-08-20T08:00:00Z');
    expect(textOf((await t.say(chef, 'uppföljning')).card)).toContain('Uppföljning: Delårsrapport 2026');
  });

  it('When someone unknown writes "uppföljning", or names a period that does not exist, then they are told so kindly', async () => {
    expect((await t.say(who('okand'), 'uppföljning')).text).toContain('Jag hittar dig inte i Provkommunens organisation');
    expect((await t.say(chef, 'uppföljning halvår 2026')).text).toBe('Jag känner inte till perioden ”halvår”. Perioderna i Provkommunen är: Resultatprognos, Delårsrapport, Årsredovisning.');
  });

  it('When a question merely starts with "Uppföljning", then it goes to question answering, not to the form', async () => {
    const reply = await t.say(chef, 'Uppföljning av mål, hur går den till?');
    expect(reply.text).toBeUndefined();
    expect(textOf(reply.card)).not.toContain('Uppföljning: ');
  });
});
