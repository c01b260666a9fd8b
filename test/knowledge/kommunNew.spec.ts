import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadPack, type KnowledgePack } from '../../src/kernel/knowledge/loadPack';
import { headingProblem } from '../../src/kernel/knowledge/headingProblem';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';

const root = join(__dirname, '..', '..');
/** An invented governance document, laid out like text extracted from a PDF (page headers, hyphenation, tables). */
const styrmodell = join(root, 'test', 'fixtures', 'kommunNew', 'ekbacka-styrmodell.txt');

// pdf.js needs real dynamic imports, which jest's VM lacks: run the real commands, as an editor would.
const run = (script: string, args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, encoding: 'utf8' });
const kommunNew = (args: string[]) => run('src/cli/kommunNew.ts', args);
const packCheck = (args: string[]) => run('scripts/checkPack.ts', args);

describe('A new kommun from its own documents (npm run kommun:new)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kommun-new-'));
  const riktlinje = join(dir, 'riktlinje.md');
  let made: ReturnType<typeof kommunNew>;
  let pack: KnowledgePack;

  beforeAll(() => {
    writeFileSync(
      riktlinje,
      '# Riktlinje för dialogmöten\n\nDialogmöten mellan nämnd och förvaltning hålls två gånger per år.\n\n## Underlag till dialogen\n\nInför varje dialogmöte sammanställer förvaltningen ett dialogunderlag. Den innehåller:\n\n- en lägesbild för verksamheten\n- avvikelser mot budget\n\n## Tidplan\n\nDialogunderlaget skickas ut en vecka före mötet till nämndens ledamöter.\n',
    );
    made = kommunNew(['--id', 'ekbacka', '--name', 'Ekbacka kommun', '--knowledge-dir', dir, styrmodell, riktlinje]);
    pack = loadPack('ekbacka', dir);
  });

  it('When the command is run on a PDF-style text and a markdown file, then a pack that loads is written and summarised', () => {
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/ekbacka: 2 dokument, \d+ avsnitt, \d+ organ; utkast: 5 beslut, 4 händelser/);
    expect(pack).toMatchObject({ kommun: 'ekbacka', name: 'Ekbacka kommun', shortName: 'Ekbacka' });
    expect(pack.documents.map((d) => d.title)).toEqual(['Styrmodell för Ekbacka kommun', 'Riktlinje för dialogmöten']);
    expect(pack.documents[0]).toMatchObject({ diarienummer: 'KS 2024/118', year: 2025 });
  });

  it('When the passages are read, then they follow the headings of the text, without page headers or fragments', () => {
    const sections = pack.passages.filter((p) => p.document === pack.documents[0].id).map((p) => p.section);
    expect(sections).toEqual(expect.arrayContaining(['2.1 Politik och förvaltning', '2.4 Nämnderna', 'Februari – Planeringsdagen', 'September–oktober – Delårsrapport', '4 Uppföljning', 'Internkontrollplan']));
    expect(sections.filter((s) => s !== pack.documents[0].title).map((s) => headingProblem(s)).filter(Boolean)).toEqual([]);
    const text = pack.passages.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/Sida \d av \d/);
    expect(text).toContain('Kommunfullmäktige fastställer mål och budget i juni.');
  });

  it('When the bodies are read, then the pack holds those the text names (posts such as förvaltningschefer too), with the abbreviations it writes, and no others', () => {
    expect(pack.bodies.map((b) => b.id).sort()).toEqual(
      ['bildningsnamnden', 'bolagen', 'forvaltningen', 'forvaltningschefen', 'kommunfullmaktige', 'kommunstyrelsen', 'kommunstyrelsens-arbetsutskott', 'namnderna', 'omsorgsnamnden', 'tekniska-namnden'],
    );
    expect(pack.bodies.find((b) => b.id === 'kommunstyrelsens-arbetsutskott')).toMatchObject({ abbreviations: ['KSAU'], kind: 'utskott', source: { section: '2.3 Kommunstyrelsen' } });
    expect(pack.bodies.find((b) => b.id === 'kommunfullmaktige')?.description).toBe('Kommunfullmäktige (KF) är kommunens högsta beslutande organ.');
  });

  it('When the decisions are read, then they are the ones the text states, with deciders and months, and a negated one is left out', () => {
    expect(pack.decisions.map((d) => [d.subject, d.decidedBy, d.months])).toEqual([
      ['Mål och budget', ['kommunfullmaktige'], [6]],
      ['Nämndernas verksamhetsplan', ['namnderna'], [11]],
      ['Internkontrollplanen', ['namnderna'], [12]],
      ['Årsredovisningen för föregående år', ['kommunfullmaktige'], [4]],
      ['Skolornas kvalitetsrapport', ['bildningsnamnden'], [9]],
    ]);
    expect(JSON.stringify(pack.decisions)).not.toMatch(/avtal/i);
  });

  it('When the annual cycle is read, then each month section becomes an event with its actor', () => {
    expect(pack.events.map((e) => [e.title, e.months, e.actor])).toEqual([
      ['Planeringsdagen', [2], ['kommunstyrelsen']],
      ['Årsredovisning', [4], ['kommunfullmaktige']],
      ['Mål och budget', [6], ['kommunfullmaktige']],
      ['Delårsrapport', [9, 10], ['namnderna']],
    ]);
  });

  it('When the glossary table and the role split are read, then they become draft facts, and nothing else is drafted', () => {
    expect(pack.glossary.map((g) => g.term)).toEqual(['Årshjul', 'Internkontrollplan', 'Nyckeltal']);
    expect(pack.glossary[1].definition).toBe('En plan för de kontroller en nämnd gör under året för att upptäcka fel och brister.');
    expect(pack.roleOverview).toMatchObject({ draft: true, source: { section: '2.1 Politik och förvaltning' } });
    expect([...pack.bodies, ...pack.decisions, ...pack.events, ...pack.glossary].every((f) => f.draft === true)).toBe(true);
    expect([pack.periods, pack.risks, pack.documentTypes]).toEqual([[], [], []]);
  });

  it('When pack:check is run on the new pack, then it lists each draft with its source sentence and the bodies without facts', () => {
    const check = packCheck(['--knowledge-dir', dir, 'ekbacka']);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^ekbacka: 2 documents, \d+ passages, 10 bodies, 5 decisions, 4 events, 0 periods, 0 document types, 3 glossary terms, 0 risks$/m);
    expect(check.stdout).toContain('utkast beslut: Internkontrollplanen antas av Nämnderna senast i december');
    expect(check.stdout).toContain('«Internkontrollplanen antas av respektive nämnd senast i december.»');
    expect(check.stdout).toContain('utkast händelse: Februari: Planeringsdagen (Kommunstyrelsen)');
    expect(check.stdout).toMatch(/organ utan fakta: Omsorgsnämnden \(omsorgsnamnden\)/);
  });

  it('When pack:check meets an invalid pack, then it says why and exits with 1', () => {
    const broken = mkdtempSync(join(tmpdir(), 'kommun-new-broken-'));
    cpSync(join(dir, 'ekbacka'), join(broken, 'ekbacka'), { recursive: true });
    const file = join(broken, 'ekbacka', 'pack.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('section: 2.4 Nämnderna', 'section: 9 Finns inte'));
    const check = packCheck(['--knowledge-dir', broken]);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/saknade avsnitt/);
  });

  it('When the command is run again for the same id, then it refuses and leaves the pack as it was', () => {
    const before = readFileSync(join(dir, 'ekbacka', 'pack.yaml'), 'utf8');
    const again = kommunNew(['--id', 'ekbacka', '--name', 'Ekbacka kommun', '--knowledge-dir', dir, riktlinje]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/skrivs inte över/);
    expect(readFileSync(join(dir, 'ekbacka', 'pack.yaml'), 'utf8')).toBe(before);
  });

  it('When a question the text answers is asked, then the new pack answers it with its source', () => {
    const answer = new QuestionAnswerer(pack).answer('Vem beslutar om internkontrollplanen?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/nämnd/i);
    expect(answer.sources[0]).toMatchObject({ section: '2.4 Nämnderna' });
  });

  it('When what something holds is asked and the text says it in a sentence that points back ("… ett dialogunderlag. Den innehåller: …"), then that sentence answers with its list', () => {
    const answer = new QuestionAnswerer(pack).answer('Vad ska dialogunderlaget innehålla?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/ett dialogunderlag\. Den innehåller:\n- en lägesbild för verksamheten\n- avvikelser mot budget/);
  });

  it('When the text says who decides a thing in two ways ("Respektive förvaltning … beslutar om sin verksamhetsplan", "planen fastställs av förvaltningschef"), then the answer gives both', () => {
    const made = kommunNew(['--id', 'lindby', '--name', 'Lindby kommun', '--knowledge-dir', dir, join(root, 'test', 'fixtures', 'kommunNew', 'lindby-two-readings.md')]);
    expect(made.status).toBe(0);
    const answer = new QuestionAnswerer(loadPack('lindby', dir)).answer('Vem fastställer förvaltningens verksamhetsplan?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/beslutas av förvaltningen/);
    expect(answer.text).toMatch(/fastställs av förvaltningschefen/);
  });

  it('When who does a thing is asked after a clause of "när" naming the step before ("När budgetberedningen är klar med sitt underlag, vem … sen …?"), then who does the next step answers', () => {
    const made = kommunNew(['--id', 'tallby', '--name', 'Tallby kommun', '--knowledge-dir', dir, join(root, 'test', 'fixtures', 'kommunNew', 'tallby-step-before.md')]);
    expect(made.status).toBe(0);
    const answer = new QuestionAnswerer(loadPack('tallby', dir)).answer('När budgetberedningen är klar med sitt underlag, vem är det som sen gör i ordning budgetärendet till kommunstyrelsen?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Ekonomiavdelningen bereder och sammanställer budgetärendet/);
  });

  it('When a list is asked for and the text announces it by its number with the items as the sections after it, at the same level ("… tre perspektiv.", "## Brukarperspektivet" …), then the items answer', () => {
    const made = kommunNew(['--id', 'granby', '--name', 'Granby kommun', '--knowledge-dir', dir, join(root, 'test', 'fixtures', 'kommunNew', 'granby-flat-headings.md')]);
    expect(made.status).toBe(0);
    const answerer = new QuestionAnswerer(loadPack('granby', dir));
    for (const q of ['Vilka perspektiv ska nämnderna planera och följa upp utifrån?', 'Which perspectives do the committees use when they plan and follow up?']) {
      const answer = answerer.answer(q);
      expect({ q, answered: answer.answered }).toEqual({ q, answered: true });
      expect(answer.text).toMatch(/tre perspektiv\..*Brukarperspektivet; Medarbetarperspektivet; Ekonomiperspektivet\.$/);
    }
  });

  it('When what follows a step is asked in a month ("… i september") and the step goes on in a later month ("September–oktober – … i oktober"), then what it does then is what follows', () => {
    const { answer, trace } = new QuestionAnswerer(pack).explain('Nämnderna har lämnat sin delårsrapport i september. Vad händer sen?');
    expect(trace[0].strategy).toBe('next');
    expect(answer.text).toMatch(/kommunfullmäktige behandlar kommunens delårsrapport i oktober\.$/);
  });

  it('When what follows a step is asked and the text says it in the sentence naming the step ("… och därefter …"), then that sentence answers', () => {
    const answer = new QuestionAnswerer(pack).answer('När skolorna har sammanställt kvalitetsrapporterna, vad händer sen?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/därefter gör kommunstyrelsen en samlad analys/);
  });

  it('When what follows a step is asked "in the process" ("Vad händer sen i processen?"), then the process is where it is asked, and the sentence saying what follows the step answers', () => {
    const made = kommunNew(['--id', 'hagby', '--name', 'Hagby kommun', '--knowledge-dir', dir, join(root, 'test', 'fixtures', 'kommunNew', 'hagby-frame.md')]);
    expect(made.status).toBe(0);
    const answer = new QuestionAnswerer(loadPack('hagby', dir)).answer('KS har antagit sina mål för nästa år i maj. Vad händer sen i processen?');
    expect(answer.text).toMatch(/^När kommunstyrelsen har beslutat om sina mål påbörjas arbetet med att ta fram en verksamhetsplan/);
  });

  it('When what follows a step is asked and then who decides "in that step", then the answer names the next step and who decides it, not who decides the step asked', () => {
    const made = kommunNew(['--id', 'ekby', '--name', 'Ekby kommun', '--knowledge-dir', dir, join(root, 'test', 'fixtures', 'kommunNew', 'ekby-step-decided.md')]);
    expect(made.status).toBe(0);
    const answer = new QuestionAnswerer(loadPack('ekby', dir)).answer('Omvärldsdagen i januari är avklarad. Vad är nästa steg, och vem fattar beslut i det steget?');
    expect(answer.text).toMatch(/^Efter omvärldsdagen \(januari\) kommer: Planeringsförutsättningar \(februari\)/);
    expect(answer.text).toMatch(/Kommunstyrelsen fastställer planeringsförutsättningarna\./);
  });

  it('When what follows a step is asked and the sentence that says it stands in passing in a section about something else, beyond the five best passages, then that sentence still answers', () => {
    const made = kommunNew(['--id', 'vikby', '--name', 'Vikby kommun', '--knowledge-dir', dir, join(root, 'test', 'fixtures', 'kommunNew', 'vikby-far-sequel.md')]);
    expect(made.status).toBe(0);
    const answer = new QuestionAnswerer(loadPack('vikby', dir)).answer('KS tog beslut om målen för nästa år på mötet i maj. Vad är nästa steg efter det?');
    expect(answer.text).toMatch(/^När kommunstyrelsen har beslutat om sina mål påbörjas arbetet med att ta fram en verksamhetsplan/);
  });
});
