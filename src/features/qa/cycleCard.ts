import { renderCard, type AdaptiveCardJson } from '../../kernel/cards/renderCard';
import type { KnowledgePack } from '../../kernel/knowledge/loadPack';
import { monthNames } from '../../kernel/knowledge/swedishMonths';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "(oktober–januari)" for a step that spans months, nothing for one month. */
const span = (months: number[]) => (months.length > 1 ? ` (${monthNames[months[0] - 1]}–${monthNames[months[months.length - 1] - 1]})` : '');

/**
 * The whole annual cycle as a card: one row per month, January to December, each with every step of the
 * pack that takes place then (a step over several months in each of them), and a tap for the month.
 */
export function yearCycleCard(pack: KnowledgePack): AdaptiveCardJson {
  const months = monthNames.map((name, i) => {
    const steps = pack.events.filter((e) => e.months.includes(i + 1)).map((e) => `${e.title}${span(e.months)}${e.onlyWhen ? ` – ${e.onlyWhen}` : ''}`);
    return { name, label: capital(name), events: steps.length ? steps.join(' · ') : 'Inget i årshjulet.', empty: steps.length === 0 };
  });
  const documents = [...new Set(pack.events.map((e) => pack.documents.find((d) => d.id === e.source.document)?.title ?? e.source.document))];
  return renderCard('qa/cycle', { title: `${pack.name}s årshjul`, months, source: `Källa: ${documents.join(', ')}` });
}
