import { wholeWords, namesOf, type DraftBody } from './DraftBody';
import { bodiesNamed } from './readDecisions';
import { monthPhrase } from './monthPhrase';

/**
 * The bodies that act in a sentence: those it starts with ("Kommunstyrelsen samlar …"), those right
 * after a fronted time and the verb ("I maj ska kommunstyrelsen …"), or the agent of a passive
 * ("… beslutas av kommunfullmäktige"). Bodies only mentioned further on are not actors.
 */
export function subjectBodies(sentence: string, bodies: DraftBody[]): string[] {
  if (!bodies.length) return [];
  const names = `(?:(?:respektive|varje|samtliga|alla)\\s+)?${wholeWords(bodies.flatMap(namesOf))}`;
  const list = `${names}(?:\\s*(?:,|och|/)\\s*${names})*`;
  const rest = sentence.replace(new RegExp(`^${monthPhrase.source}\\s*`, 'iu'), '');
  const first = new RegExp(`^(${list})`, 'iu').exec(rest) ?? new RegExp(`^\\p{L}+(?:\\s+(?:ska|bör|kan))?\\s+(${list})`, 'iu').exec(rest);
  const agent = new RegExp(`\\p{L}+s\\s+(?:av|i)\\s+(${list})`, 'iu').exec(sentence);
  const phrase = first?.[1] ?? (first ? undefined : agent?.[1]);
  return phrase ? bodiesNamed(phrase, bodies) : [];
}
