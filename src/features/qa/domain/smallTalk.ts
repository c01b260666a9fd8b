import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import type { Answer } from './Answer';
import { hasCue } from './question/cues';

/**
 * A short friendly reply to a greeting or a thank-you: no answer from the model (so no source), and
 * nothing for the admins' list of unanswered questions.
 */
export function smallTalkAnswer(pack: KnowledgePack, words: string[], english: boolean): Answer {
  const thanks = hasCue(words, ['tack*', 'thank*']);
  const opinion = hasCue(words, ['tycker', 'think']);
  const text = english
    ? opinion ? "I have no opinions of my own – I answer from the governance model: who decides what, and when."
      : thanks ? "You're welcome! Ask me anything about the governance model." : `Hello! I answer questions about ${pack.name}'s governance model – who decides what, and when.`
    : opinion ? `Jag har inga egna åsikter – jag svarar utifrån ${pack.name}s styrmodell: vem som beslutar vad och när.`
      : thanks ? 'Varsågod! Fråga gärna mer om styrmodellen.' : `Hej! Jag svarar på frågor om ${pack.name}s styrmodell – vem som beslutar vad och när. Skriv "hjälp" för att se vad jag kan.`;
  return { answered: false, text, sources: [], language: english ? 'en' : 'sv', via: 'smalltalk', confidence: 1, certainty: 'sure', suggestions: [] };
}
