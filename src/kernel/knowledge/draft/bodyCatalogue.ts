import type { DraftBody } from './DraftBody';

/**
 * The bodies every Swedish kommun has, and the posts of its administration, named by the generic words of
 * public administration; they count when the text uses the words. Kommun-specific bodies
 * (named nämnder, förvaltningar, bolag) are found in the text by {@link namedBodies}.
 */
export const genericBodies: DraftBody[] = [
  { id: 'kommunfullmaktige', name: 'Kommunfullmäktige', kind: 'fullmaktige', abbreviations: ['KF'], forms: ['kommunfullmäktige', 'fullmäktige'], weakForms: [] },
  { id: 'kommunstyrelsen', name: 'Kommunstyrelsen', kind: 'styrelse', abbreviations: ['KS'], forms: ['kommunstyrelsen', 'kommunstyrelse'], weakForms: ['styrelsen', 'styrelse', 'styrelser', 'styrelserna'] },
  { id: 'kommunstyrelsens-arbetsutskott', name: 'Kommunstyrelsens arbetsutskott', kind: 'utskott', abbreviations: ['KSAU'], forms: ['kommunstyrelsens arbetsutskott', 'arbetsutskottet'], weakForms: [] },
  { id: 'namnderna', name: 'Nämnderna', kind: 'namnd', abbreviations: [], forms: ['nämnderna', 'nämnder', 'nämnden', 'nämnd', 'facknämnderna', 'facknämnder'], weakForms: [] },
  { id: 'forvaltningarna', name: 'Förvaltningarna', kind: 'forvaltning', abbreviations: [], forms: ['förvaltningarna', 'förvaltningar', 'förvaltningen'], weakForms: ['förvaltning'] },
  { id: 'bolagen', name: 'Bolagen', kind: 'bolag', abbreviations: [], forms: ['bolagen', 'bolag', 'bolaget'], weakForms: [] },
  { id: 'revisionen', name: 'Revisionen', kind: 'revision', abbreviations: [], forms: ['revisionen', 'revisorerna', 'revisorer'], weakForms: [] },
  // The posts of the administration that decide too ("planen fastställs av förvaltningschef").
  { id: 'kommundirektoren', name: 'Kommundirektören', kind: 'annan', abbreviations: [], forms: ['kommundirektören', 'kommundirektör', 'kommunchefen', 'kommunchef'], weakForms: [] },
  { id: 'forvaltningschefen', name: 'Förvaltningschefen', kind: 'annan', abbreviations: [], forms: ['förvaltningschefen', 'förvaltningschef', 'förvaltningscheferna', 'förvaltningschefer'], weakForms: [] },
  { id: 'ansvarig-chef', name: 'Ansvarig chef', kind: 'annan', abbreviations: [], forms: ['närmast ansvarig chef', 'ansvarig chef', 'ansvariga chefer', 'enhetschefen', 'enhetschef'], weakForms: [] },
];

/** Adjectives before "nämnd" that say which nämnder, not what a nämnd is called ("övriga nämnden"). */
const notNames = new Set(
  'övriga samtliga berörda olika enskilda gemensamma andra egna alla respektive ansvariga nya båda kommunala politiska sådana dessa flera många vissa aktuella nämnda varje denna den berörd ansvarig'.split(' '),
);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Bodies the text names itself: "<x>nämnden" (also "barn- och ungdomsnämnden", "tekniska nämnden"),
 * "<x>förvaltningen", "<x>ledningskontoret", "<x>ledningsgruppen", "kommunens/förvaltningens
 * ledningsgrupp" and companies "<Namn> AB". Name as the text writes it, in the definite form.
 */
export function namedBodies(text: string): Omit<DraftBody, 'id'>[] {
  const found = new Map<string, Omit<DraftBody, 'id'>>();
  const add = (name: string, kind: DraftBody['kind'], forms: string[]) => {
    const key = name.toLowerCase();
    if (!found.has(key)) found.set(key, { name: cap(name), kind, abbreviations: [], forms: [...new Set(forms.map((f) => f.toLowerCase()))], weakForms: [] });
  };
  for (const m of text.matchAll(/(?<![\p{L}-])((?:\p{L}+-,? )*(?:\p{L}+- (?:och|eller) )?)(\p{L}+)nämnd(en|ens)?(?![\p{L}])/giu)) {
    const prefix = `${m[1]}${m[2]}`.toLowerCase();
    if (/^(fack|under|sam)$/.test(prefix)) continue;
    add(`${prefix}nämnden`, 'namnd', [`${prefix}nämnden`, `${prefix}nämnd`]);
  }
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Ll}+(?:isk|sk|al|ell|iv|är)a) nämnd(en|ens)?(?![\p{L}])/gu)) {
    if (!notNames.has(m[1])) add(`${m[1]} nämnden`, 'namnd', [`${m[1]} nämnden`, `${m[1]} nämnd`]);
  }
  for (const m of text.matchAll(/(?<![\p{L}])(\p{L}{3,})förvaltningen(s)?(?![\p{L}])/giu)) {
    if (!/^(medels|kapital|egen)$/i.test(m[1])) add(`${m[1].toLowerCase()}förvaltningen`, 'forvaltning', [`${m[1]}förvaltningen`]);
  }
  for (const m of text.matchAll(/(?<![\p{L}])(\p{L}*ledningskontor)(et|ets)(?![\p{L}])/giu)) add(`${m[1].toLowerCase()}et`, 'forvaltning', [`${m[1]}et`]);
  for (const m of text.matchAll(/(?<![\p{L}])(\p{L}+ledningsgrupp)(en|ens)?(?![\p{L}])/giu)) add(`${m[1].toLowerCase()}en`, 'ledningsgrupp', [`${m[1]}en`, m[1]]);
  for (const m of text.matchAll(/(?<![\p{L}])(kommunens|förvaltningens) ledningsgrupp(en)?(?![\p{L}])/giu)) add(`${m[1].toLowerCase()} ledningsgrupp`, 'ledningsgrupp', [`${m[1]} ledningsgrupp`]);
  for (const m of text.matchAll(/(?<![\p{L}])((?:\p{Lu}[\p{L}&-]*\s){1,3})AB(?![\p{L}])/gu)) add(`${m[1]}AB`, 'bolag', [`${m[1]}AB`]);
  return [...found.values()];
}
