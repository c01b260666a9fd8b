import { Analyzer } from '../../src/features/qa/domain/lexicon/Analyzer';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';
import { buildFactIndex } from '../../src/features/qa/domain/retrieval/FactIndex';
import { askedAs } from '../../src/features/qa/domain/suggestions';
import { loadPack } from '../../src/kernel/knowledge/loadPack';

describe('Questions made from the facts themselves', () => {
  it.each(['alingsas', 'ange', 'hallstahammar'])('When every fact of %s is asked the ways its own fields allow, then at least 85 %% are answered from its section', (kommun) => {
    const pack = loadPack(kommun);
    const qa = new QuestionAnswerer(pack);
    const asked = buildFactIndex(pack, new Analyzer([])).flatMap((f) => askedAs(f).map((q) => ({ q, section: f.source.section })));
    const found = asked.filter(({ q, section }) => {
      const a = qa.answer(q);
      return a.answered && a.sources.some((s) => s.section === section);
    });
    expect(found.length / asked.length).toBeGreaterThanOrEqual(0.85);
  });
});
