import { textToMarkdown, titleOfText } from '../../src/kernel/knowledge/ingest/textToMarkdown';

/** The headings of the markdown, without the title line. */
const headings = (md: string) => md.split('\n').filter((l) => /^#{2,} /.test(l));

describe('Text extracted from a PDF becomes headed markdown (textToMarkdown)', () => {
  it('When steps of an annual cycle are laid out by month in capitals, then each becomes one heading and its fields stay text', () => {
    const md = textToMarkdown(
      ['Planeringsprocessen', 'Här beskrivs hur kommunen planerar sitt arbete under året.', 'MARS-APRIL', '', 'BEREDNING AV BUDGET', '', 'Vad ska prioriteras?',
        'Budgetberedningen tar fram ett förslag till kommunstyrelsen.', 'Inflöde: Planeringsförutsättningar', 'Resultat: Förslag till budget', 'OKTOBER-', 'NOVEMBER',
        'VERKSAMHETSPLAN FÖR NÄMNDER OCH KS', 'Förvaltningen tar fram verksamhetsplanen.', 'Inflöde: Budget', 'Resultat: Verksamhetsplan'].join('\n'),
      'Styrmodell',
    );
    expect(headings(md)).toEqual(['## Planeringsprocessen', '### Mars–april – Beredning av budget', '### Oktober–november – Verksamhetsplan för nämnder och KS']);
    expect(md).toContain('\n\nVad ska prioriteras?\n\nBudgetberedningen tar fram ett förslag till kommunstyrelsen.\n\nInflöde: Planeringsförutsättningar\n\nResultat: Förslag till budget\n');
  });

  it('When a table has one row per month, then the rows become a list with one item per month that has content', () => {
    const md = textToMarkdown(
      ['4.3 Årshjul', 'Månad Kommunfullmäktige Kommunstyrelsen Månad', 'Mars Fastställa årsredovisning.', '', 'Mars', 'April   April', 'Maj Anta mål för', 'kommande år.', 'Maj', 'Juni Besluta om budget.', 'Juni', 'Juli   Juli', 'Tabell. Årshjul för arbetet.'].join('\n'),
      'Styrmodell',
    );
    expect(md).toBe('# Styrmodell\n\n### 4.3 Årshjul\n\n- Mars: Fastställa årsredovisning.\n- Maj: Anta mål för kommande år.\n- Juni: Besluta om budget.\n\nTabell. Årshjul för arbetet.\n');
  });

  it('When lines are sentence fragments, list intros or figure labels, then they are not headings, but a title wrapped over two lines is', () => {
    const md = textToMarkdown(
      ['Uppföljning av prioriterade', 'mål och indikatorer', 'Indikatorernas utveckling jämförs mot det uppsatta målet.', '', 'Bland annat beslutar kommunfullmäktige om', '',
        'Genom dessa tre områden kan kommunfullmäktige styra kommunen.', 'Revisorerna har till uppgift att granska:', '• att räkenskaperna är rättvisande',
        '', 'Kommunens budget', '', 'Nämndens budget', '', 'Förvaltningens planering', '', 'Ekonomistyrning\tMålstyrning\tKvalitetsstyrning', '', 'Anvisningar', 'Styrmodellen kompletteras med anvisningar inom olika', 'områden.'].join('\n'),
      'Styrmodell',
    );
    expect(headings(md)).toEqual(['## Uppföljning av prioriterade mål och indikatorer', '## Anvisningar']);
    expect(md).toContain('\n\nBland annat beslutar kommunfullmäktige om\n');
    expect(md).toContain('\n- att räkenskaperna är rättvisande\n');
    expect(md).toContain('\n\nFörvaltningens planering\n\nEkonomistyrning · Målstyrning · Kvalitetsstyrning\n');
  });

  it('When a questionnaire numbers its questions over several lines, then each question is one heading without the answer columns', () => {
    const md = textToMarkdown(['1 Intern kontroll Ja Nej Delvis Vet ej', '1.1 Finns det en fastställd internkontrollplan för', '2025?', 'X', 'Ja, den antogs i december.', '1.2', 'Följer styrelsen upp planen under', 'året?', 'Ja.'].join('\n'), 'Enkät');
    expect(headings(md)).toEqual(['## 1 Intern kontroll', '### 1.1 Finns det en fastställd internkontrollplan för 2025?', '### 1.2 Följer styrelsen upp planen under året?']);
    expect(md).not.toMatch(/^X$/m);
  });

  it('When a numbered list item describes a document type, then it stays a list item', () => {
    const md = textToMarkdown(['Politiska styrdokument', '', '1. Budget – antas inför varje år och innehåller ekonomiska ramar för kommande tre år. Förutom', 'resursfördelning innehåller den uppdrag.', '', '2. Policy – uttrycker våra värdegrunder.'].join('\n'), 'Styrmodell');
    expect(headings(md)).toEqual(['## Politiska styrdokument']);
    expect(md).toContain('\n1. Budget – antas inför varje år och innehåller ekonomiska ramar för kommande tre år. Förutom resursfördelning innehåller den uppdrag.\n\n2. Policy – uttrycker våra värdegrunder.\n');
  });

  it('When a heading occurs twice, then the second one names its parent so that citations stay unambiguous', () => {
    const md = textToMarkdown(['1 Planering', 'Uppföljning', 'Planeringen följs upp varje månad.', '2 Bolagen', 'Uppföljning', 'Bolagen följs upp två gånger per år.'].join('\n'), 'Styrmodell');
    expect(headings(md)).toEqual(['## 1 Planering', '### Uppföljning', '## 2 Bolagen', '### Uppföljning (Bolagen)']);
  });

  it('When the title is not given, then the title page lines are the title', () => {
    expect(titleOfText(' Styrmodell \nStyrning, planering och uppföljning\n\nDiarienummer KS 22/327\n1 Inledning\nText.')).toBe('Styrmodell – Styrning, planering och uppföljning');
    expect(titleOfText('1. Så styrs kommunen\nStyrning är komplex och kommer från flera håll.')).toBe('Så styrs kommunen');
  });

  it('When a short line announces a statement ("Ånge kommuns vision är") and the statement is the next paragraph (a quotation box in the PDF), then the statement is quoted after it', () => {
    const md = textToMarkdown(['Visionen', 'Kommunfullmäktige antog en vision 2021.', '', 'Ekbacka kommuns vision är', '', 'Vi är en plats för alla, med närhet till natur.', '', 'Visionen gäller över flera mandatperioder.'].join('\n'), 'Styrmodell');
    expect(md).toContain('Ekbacka kommuns vision är: ”Vi är en plats för alla, med närhet till natur.”');
    expect(md).toContain('\n\nVisionen gäller över flera mandatperioder.');
  });

  it('When a section opens by naming the one before by its head ("Resursfördelningsmodell", then "Verksamheter volymer" opening "Modellens första steg …"), then it and the sections after it up to the next higher heading are its parts', () => {
    const md = textToMarkdown(
      ['4. Ekonomistyrning', 'Ekonomin styrs genom budgeten.', '', 'Resursfördelningsmodell', 'Modellen fördelar resurser efter förändrade förutsättningar.', '', 'Verksamheter volymer',
        'Modellens första steg är att identifiera verksamheter som påverkas av volymer.', '', 'Kompensation enligt modellen', 'I steg två multipliceras kostnaden med volymen.', '',
        '5. Årshjul', 'Arbetet sammanfattas i ett årshjul.', '', 'Planering', 'Redovisning av planen görs i juni.'].join('\n'),
      'Styrmodell',
    );
    expect(headings(md)).toEqual(['## 4. Ekonomistyrning', '### Resursfördelningsmodell', '#### Verksamheter volymer', '#### Kompensation enligt modellen', '## 5. Årshjul', '### Planering']);
  });
});
