import { renderCard, type AdaptiveCardJson } from '../../kernel/cards/renderCard';
import type { ErasureOutcome, FoundData } from '../../kernel/retention/PersonalData';
import type { RetentionRule } from '../../kernel/retention/RetentionRule';
import { inert } from '../../shared/text';
import type { Subject } from './findSubject';

/** What erasing does to a collection's documents, in the words of the card. */
export function fate(rule: RetentionRule): string {
  if (rule.keep === 'record') return 'bevaras (allmän handling)';
  switch (rule.person?.erase) {
    case 'delete':
      return 'raderas';
    case 'pseudonymise':
      return 'pseudonymiseras';
    default:
      return rule.keep === 'days' ? `bevaras (gallras efter ${rule.days} dagar)` : 'bevaras';
  }
}

const who = (s: Subject) => (s.name ? `${inert(s.name)} (${inert(s.asked)})` : inert(s.asked));

/** The overview: what is stored about the person and what erasing would do; `confirm` asks before erasing. */
export function personCard(subject: Subject, found: FoundData[], state: 'overview' | 'confirm', download?: { url: string; validity: string }): AdaptiveCardJson {
  return renderCard('privacy/person', {
    title: `Personuppgifter om ${who(subject)}`,
    missing: subject.name ? '' : 'Personen finns inte i organisationen: jag söker bara på det du skrev. Sök också på e-postadressen och Entra-objekt-id:t om du vet dem.',
    rows: found.map(({ rule, docs }) => ({ title: rule.collection, value: `${docs.length} st – ${fate(rule)}` })),
    empty: found.length === 0,
    person: subject.asked,
    confirm: state === 'confirm',
    overview: state === 'overview',
    download: download?.url ?? '',
    validity: download?.validity ?? '',
  });
}

/** What erasing did, collection by collection; public records named as kept. */
export function erasedCard(subject: Subject, outcomes: ErasureOutcome[]): AdaptiveCardJson {
  const records = outcomes.filter((o) => o.erase === 'keep' && o.rule.keep === 'record').map((o) => o.collection);
  const logs = outcomes.filter((o) => o.erase === 'keep' && o.rule.keep !== 'record').map((o) => o.collection);
  const kept = [
    records.length ? `${records.join(', ')} är allmänna handlingar: kommunen bevarar dem enligt tryckfrihetsförordningen och arkivlagen tills de gallras enligt informationshanteringsplanen.` : '',
    logs.length ? `${logs.join(', ')} bevaras tills de gallras (granskningsloggen visar vem som gjorde vad, också den här raderingen).` : '',
  ].filter(Boolean);
  return renderCard('privacy/erased', {
    title: `Raderat om ${who(subject)}`,
    rows: outcomes.map((o) => ({ title: o.collection, value: `${o.count} st – ${o.erase === 'delete' ? 'raderade' : o.erase === 'pseudonymise' ? 'pseudonymiserade' : fate(o.rule)}` })),
    empty: outcomes.length === 0,
    kept: kept.join(' '),
    reimport: subject.keys.id ? 'Står personen kvar i organisationsfilen kommer hen tillbaka vid nästa import: ta bort hen där också.' : '',
  });
}
