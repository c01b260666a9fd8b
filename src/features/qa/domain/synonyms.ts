import { words } from './text/normalize';

/**
 * Generic Swedish governance vocabulary: words that name the same thing across kommuner. Each group
 * expands a question with the others (folded). One group per meaning: a word is in at most one group
 * (a test checks it), so every member keeps all its synonyms. Kommun-specific names (abbreviations, a kommun's own
 * report names) come from the pack: bodies' abbreviations and facts' terms/aliases.
 */
export const synonymGroups: string[][] = [
  ['kf', 'fullmaktige', 'kommunfullmaktige', 'council', 'municipal council'],
  ['ks', 'kommunstyrelsen', 'executive board'],
  ['ksau', 'arbetsutskott', 'arbetsutskottet'],
  ['klg', 'kommunledningsgruppen'],
  ['ik', 'internkontroll', 'intern kontroll', 'internal control'],
  ['ikplan', 'internkontrollplan', 'intern kontrollplan', 'plan for intern kontroll', 'internal control plan'],
  ['arsredovisning', 'arsbokslut', 'arsrapport', 'bokslut', 'bokslutet', 'annual report'],
  ['delarsrapport', 'delarsbokslut', 'delar', 'delarsuppfoljning', 'delarsrapporten', 'interim report'],
  ['tertialrapport', 'resultatprognos', 'manadsuppfoljning', 'aprilrapport', 'fordjupad manadsuppfoljning'],
  ['budget', 'mal och budget', 'budgeten', 'arsbudget'],
  ['skatt', 'skattesats', 'skatten', 'kommunalskatt', 'utdebitering', 'tax rate'],
  ['uppfoljning', 'rapportering', 'uppfoljningar', 'follow-up', 'followup'],
  ['revisorer', 'revision', 'revisionen', 'granskning', 'auditors'],
  ['bolag', 'bolagen', 'kommunala bolag', 'helagda bolag'],
  ['namnd', 'namnder', 'facknamnd', 'committee', 'committees'],
  ['risk', 'risker', 'riskanalys', 'riskvarde', 'risk analysis', 'risk- och vasentlighetsanalys'],
  ['styrdokument', 'styrande dokument', 'dokumenttyper'],
  ['uppsikt', 'uppsiktsplikt', 'oversight'],
  ['pengar', 'pengarna', 'medel', 'medlen', 'resurser', 'anslag'],
  ['nasta', 'kommande', 'nastkommande'],
  // English words managers use, mapped onto the Swedish model's words.
  ['administration', 'forvaltning'],
  ['goal', 'goals', 'mal'],
  ['guideline', 'guidelines', 'riktlinje'],
  ['rule', 'rules', 'regel'],
  ['policy', 'policies', 'policyn'],
  ['annual cycle', 'arshjul'],
  ['employees', 'employee', 'staff', 'medarbetare', 'anstallda'],
  ['overarching', 'overall', 'overgripande'],
  ['time horizon', 'time perspective', 'tidsperspektiv', 'perspektiv'],
  ['municipality', 'kommun'],
  ['dialogue', 'dialogues', 'dialog'],
  ['quality', 'kvalitet'],
  ['indicator', 'indicators', 'indikator'],
  ['key figures', 'key figure', 'nyckeltal'],
  ['core mission', 'grunduppdrag'],
  ['efficient', 'effektiv'],
  ['sustainable development', 'hallbar utveckling'],
  ['election year', 'valar'],
  ['fees', 'fee', 'avgifter'],
  ['investment plan', 'investeringsplan'],
  ['planning', 'planering'],
  ['politicians', 'politiker', 'fortroendevalda'],
  ['officials', 'civil servants', 'tjanstepersoner'],
  ['step', 'steps', 'steg'],
  ['term of office', 'mandatperiod'],
  ['resource allocation model', 'resursfordelningsmodell'],
  ['forecast', 'prognos'],
  ['budget day', 'budgetdag'],
  ['vision', 'visionen'],
  ['operational plan', 'verksamhetsplan'],
];

const index = new Map<string, string[]>();
for (const g of synonymGroups) for (const member of g) index.set(member, g);

/** The one-word members of the group a word or phrase belongs to (without itself). */
export function synonymsOf(key: string): string[] {
  return (index.get(key) ?? []).filter((m) => m !== key && !m.includes(' '));
}

/** Synonym-group keys of two or three words ("annual report", "term of office"). */
export const phraseKeys = [...index.keys()].filter((k) => k.includes(' ') && synonymsOf(k).length > 0);

/** The question text with the one-word synonyms appended for each word or phrase (up to three words) that has a group. */
export function expandSynonyms(question: string): string {
  const ws = words(question);
  const extra: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (const key of [ws[i], `${ws[i]} ${ws[i + 1] ?? ''}`.trim(), `${ws[i]} ${ws[i + 1] ?? ''} ${ws[i + 2] ?? ''}`.trim()]) {
      const g = index.get(key);
      if (g) extra.push(...g.filter((m) => m !== key && !m.includes(' ')));
    }
  }
  return extra.length ? `${question} ${extra.join(' ')}` : question;
}
