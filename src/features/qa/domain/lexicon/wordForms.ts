/** The forms a word may come from or go to, by rule: Swedish derivation and English inflection. */

/** Swedish word formation: a verbal noun's verb and a verb's noun ("redovisning" ↔ "redovisa", "genomförande" → "genomföra", "kontrolleras" → "kontroll"). */
const verbalNoun = /^(.{4,})ning(en|ar|arna)?$/;
// A verb whose stem ends in "n" takes "-ing", not "-ning" ("beräkn|a" ↔ "beräkn|ing"): both readings are given, and only
// words the pack knows are used.
const derivations: [RegExp, string][] = [
  [verbalNoun, '$1a'],
  [verbalNoun, '$1na'],
  [/^(.{4,})ande(t|n)?$/, '$1a'],
  [/^(.{4,})ende(t|n)?$/, '$1e'],
  [/^(.{4,}?)(a|ar|as|ade|ades|at|ats)$/, '$1ning'],
  [/^(.{3,}?n)(a|ar|as|ade|ades|at|ats)$/, '$1ing'],
  // A verb of the first conjugation in another of its tenses ("ökar" ↔ "ökade"): short verbs keep their ending when
  // stemmed, so only the form the pack writes finds them. (Not the infinitive: "ändra" folds to "andra".)
  [/^(.{2,}?)ar$/, '$1ade'],
  [/^(.{2,}?)ade$/, '$1ar'],
  // A verb made of a noun by "-era" goes back to it ("kontrolleras" → kontroll, "analyserar" → analys).
  [/^(.{4,}?)er(a|ar|as|ade|ades|at|ats)$/, '$1'],
];
/** Whether a word is a verbal noun of "-ning" ("beredningen", "uppföljningar"). */
export const isVerbalNoun = (word: string): boolean => verbalNoun.test(word);

/** What a compound that names a document names it by ("budgetdokument" → "budget", "planeringsdokument" → "planering"). */
export const documentSubject = (stem: string): string | undefined => (stem.endsWith('dokument') ? stem.slice(0, -'dokument'.length).replace(/s$/, '') || undefined : undefined);

export function derived(word: string): string[] {
  return derivations.filter(([re]) => re.test(word)).map(([re, to]) => word.replace(re, to));
}

/**
 * The forms an inflected English word may come from, likeliest first: "goals" → goal, "leads" → lead, "applies" →
 * apply, "developing" → develop, "followed" → follow, "adopted" → adopt, "formally" → formal. Only forms the
 * vocabulary lists are used, so a wrong guess finds nothing.
 */
export function englishBases(word: string): string[] {
  if (word.includes(' ') || word.length < 4) return [];
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'], [/ied$/, 'y'], [/(s|x|z|ch|sh)es$/, '$1'], [/([^s])s$/, '$1'],
    [/ing$/, ''], [/ing$/, 'e'], [/(.)\1ing$/, '$1'], [/ed$/, ''], [/ed$/, 'e'], [/(.)\1ed$/, '$1'], [/ly$/, ''],
  ];
  return [...new Set(rules.filter(([re]) => re.test(word)).map(([re, to]) => word.replace(re, to)))].filter((b) => b.length >= 3 && b !== word);
}
