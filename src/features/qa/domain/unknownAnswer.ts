import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import { cutAtWord } from '../../../shared/text';
import type { Answer } from './Answer';

/** Longest answer text (Teams card and the `ask` contract). */
export const maxAnswer = 800;
/** Room an answer to an English question keeps for the lead of a Swedish text ("From the Swedish source text:"). */
export const englishLeadRoom = 31;

/** The answer text cut to the longest allowed, at a word. */
export const clip = (text: string): string => cutAtWord(text, maxAnswer);

const shortest = (xs: string[]) => xs.filter(Boolean).sort((a, b) => a.length - b.length)[0];

/**
 * The honest "Det vet jag inte", with example questions taken from the kommun's own model
 * (a decision, a follow-up and a term it does know), so the user sees what to ask instead.
 */
export function unknownAnswer(pack: KnowledgePack, english: boolean, reason?: string): Answer {
  const decision = shortest(pack.decisions.slice(0, 12).map((d) => d.subject.toLowerCase()));
  const period = pack.periods[1]?.name.toLowerCase();
  const term = shortest(pack.glossary.slice(0, 12).map((g) => g.term.toLowerCase()));
  const examples = [
    decision && `”Vem beslutar om ${decision}?”`,
    period && `”När görs ${period}?”`,
    term && `”Vad är ${term}?”`,
    '”Vad händer i oktober?”',
  ].filter(Boolean);
  // With a reason ("Styrmodellen anger inte den siffran."), the reason is why: not "I can't find anything about it".
  const text = english
    ? `I don't know – ${reason ?? `I can't find that in ${pack.name}'s governance model.`} I can answer, for example, who decides what and when, what a term means, or what happens in a given month.`
    : `Det vet jag inte – ${reason ?? `jag hittar inget om det i ${pack.name}s styrmodell.`} Jag kan svara på till exempel ${examples.join(', ')}.`;
  return { answered: false, text: clip(text), sources: [], language: english ? 'en' : 'sv', via: 'unknown', confidence: 0, certainty: 'sure', suggestions: [] };
}
