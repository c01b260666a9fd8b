import { loadPack } from '../../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';

/** The question answerers of the three seed kommuner, built once per test file. */
export const seedAnswerers = {
  hallstahammar: new QuestionAnswerer(loadPack('hallstahammar')),
  alingsas: new QuestionAnswerer(loadPack('alingsas')),
  ange: new QuestionAnswerer(loadPack('ange')),
};

/** Asks one seed kommun's bot a question. */
export const ask = (kommun: keyof typeof seedAnswerers, question: string) => seedAnswerers[kommun].answer(question);
