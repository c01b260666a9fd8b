import { fold } from '../../../shared/text';
import type { Decision, DocumentType } from '../packSchema';
import type { Drafted } from './DraftFact';

/** A kind's words, folded, with "styrdokument" read as "dokument" ("stödjande dokument" is "stödjande styrdokument"). */
const kindWords = (phrase: string) => fold(phrase).split(/[^\p{L}]+/u).filter(Boolean).map((w) => w.replace(/^styr(?=dokument)/, ''));

/**
 * A decision about a kind of document is a decision about the types the text lists under that kind:
 * "Stödjande dokument … antas av ansvarig chef" and, under the heading "Stödjande styrdokument",
 * "7. Rutiner eller anvisningar – …". The types' names become the decision's terms ("rutiner",
 * "anvisningar"), and a narrower decision keeps its own words with them ("Kommunövergripande stödjande
 * styrdokument" → "kommunövergripande rutiner"), so "vem antar en rutin?" finds who decides.
 */
export function addKindsDecided(decisions: Drafted<Decision>[], types: Drafted<DocumentType>[]): void {
  for (const { fact: type } of types) {
    const kind = kindWords(type.category ?? type.source.section);
    const names = type.name.split(/\s+(?:eller|och)\s+|\s*\/\s*/u).map((n) => n.trim().toLowerCase()).filter(Boolean);
    for (const { fact } of decisions) {
      const subject = kindWords(fact.subject);
      if (subject.length < kind.length || subject.slice(-kind.length).join(' ') !== kind.join(' ')) continue;
      const narrower = fact.subject.split(/\s+/).slice(0, subject.length - kind.length).join(' ').toLowerCase();
      fact.terms = [...new Set([...fact.terms, ...names.map((n) => (narrower ? `${narrower} ${n}` : n))])];
    }
  }
}
