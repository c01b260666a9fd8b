import { words } from './text/normalize';

/**
 * Generic Swedish governance vocabulary: words that name the same thing across kommuner. Each group
 * expands a question with the others (folded). Kommun-specific names (abbreviations, a kommun's own
 * report names) come from the pack: bodies' abbreviations and facts' terms/aliases.
 */
const groups: string[][] = [
  ['kf', 'fullmaktige', 'kommunfullmaktige'],
  ['ks', 'kommunstyrelsen', 'styrelsen'],
  ['ksau', 'arbetsutskott', 'arbetsutskottet'],
  ['klg', 'kommunledningsgruppen'],
  ['ik', 'internkontroll', 'intern kontroll'],
  ['ikplan', 'internkontrollplan', 'intern kontrollplan', 'plan for intern kontroll'],
  ['arsredovisning', 'arsbokslut', 'arsrapport', 'bokslut', 'bokslutet'],
  ['delarsrapport', 'delarsbokslut', 'delar', 'delarsuppfoljning', 'delarsrapporten'],
  ['tertialrapport', 'resultatprognos', 'manadsuppfoljning', 'aprilrapport', 'fordjupad manadsuppfoljning'],
  ['budget', 'mal och budget', 'budgeten', 'arsbudget'],
  ['skatt', 'skattesats', 'skatten', 'kommunalskatt', 'utdebitering'],
  ['uppfoljning', 'rapportering', 'uppfoljningar'],
  ['revisorer', 'revision', 'revisionen', 'granskning'],
  ['bolag', 'bolagen', 'kommunala bolag', 'helagda bolag'],
  ['namnd', 'namnder', 'facknamnd'],
  ['risk', 'risker', 'riskanalys', 'riskvarde'],
  ['styrdokument', 'styrande dokument', 'dokumenttyper'],
  ['uppsikt', 'uppsiktsplikt'],
  ['internal control', 'internkontroll'],
  ['annual report', 'arsredovisning'],
  ['interim report', 'delarsrapport'],
  ['council', 'municipal council', 'kommunfullmaktige'],
  ['executive board', 'kommunstyrelsen'],
  ['pengar', 'pengarna', 'medel', 'medlen', 'resurser', 'anslag'],
  ['nasta', 'kommande', 'nastkommande'],
  // English words managers use, mapped onto the Swedish model's words.
  ['committee', 'committees', 'namnd'],
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
  ['follow-up', 'followup', 'uppfoljning'],
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
  ['internal control', 'internkontroll'],
  ['risk analysis', 'risk- och vasentlighetsanalys', 'riskanalys'],
  ['planning', 'planering'],
  ['politicians', 'politiker', 'fortroendevalda'],
  ['officials', 'civil servants', 'tjanstepersoner'],
  ['oversight', 'uppsiktsplikt'],
  ['step', 'steps', 'steg'],
  ['term of office', 'mandatperiod'],
  ['resource allocation model', 'resursfordelningsmodell'],
  ['forecast', 'prognos'],
  ['auditors', 'revisorer'],
  ['budget day', 'budgetdag'],
  ['vision', 'visionen'],
  ['key figures', 'nyckeltal'],
  ['operational plan', 'verksamhetsplan'],
  ['tax rate', 'skattesats'],
  ['internal control plan', 'internkontrollplan'],
];

const index = new Map<string, string[]>();
for (const g of groups) for (const member of g) index.set(member, g);

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
