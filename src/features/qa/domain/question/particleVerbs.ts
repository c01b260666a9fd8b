import type { Alternative, Lexicon } from '../lexicon/Lexicon';
import { alternativeWeight } from '../lexicon/Lexicon';
import * as q from './vocabularyOfQuestions';

/** How many words before its particle a verb may stand ("följs målen upp"). */
const PARTICLE_REACH = 3;

/**
 * "följs … upp" → "uppföljning", "tas fram" → "framtagande", "bryts ner" → "nedbrytning": the word the pack makes of a
 * verb and its particle, if it uses one (a Swedish particle verb is written as one word when it is a noun or a participle).
 */
export function particleVerb(lexicon: Lexicon, verb: string, particle: string): Alternative | undefined {
  const [t, more] = lexicon.analyzer.tokens(verb);
  if (!t || more || t.stem.length < 2) return undefined;
  for (const p of particle === 'ner' ? ['ned', 'ner'] : [particle]) {
    for (const ending of ['ning', 'ande', 'a', 'ad', 'at', 'else']) {
      const [joined] = lexicon.analyzer.tokens(`${p}${t.stem}${ending}`);
      if (joined && lexicon.vocabulary.knows(joined.stem)) return { stem: joined.stem, parts: joined.parts, weight: alternativeWeight.derived, via: 'derived' };
    }
  }
  return undefined;
}

/** "Hur följs målen upp?": each verb with its particle a few words on, and the word the pack makes of them ("uppföljning"). */
export function particleVerbs(ws: string[], lexicon: Lexicon): Map<string, Alternative> {
  const found = new Map<string, Alternative>();
  ws.forEach((p, i) => {
    if (!q.verbParticles.includes(p)) return;
    for (const w of ws.slice(Math.max(0, i - PARTICLE_REACH), i).reverse()) {
      const joined = particleVerb(lexicon, w, p);
      if (joined) return void found.set(w, joined);
    }
  });
  return found;
}
