import type { OrgFile } from '../../src/kernel/org/orgSchema';
import type { OrgRepository } from '../../src/kernel/org/OrgRepository';
import { importOrg, type ImportSummary } from '../../src/kernel/org/importOrg';
import { reportId, type FollowupReport } from '../../src/features/followup/domain/FollowupReport';

/** The size of a large Swedish kommun (about Uppsala's or Linköping's): issue 15's scale case. */
export const largeKommunSize = { units: 2000, bodies: 12, people: 20_000 };

/** Nämnder with their förvaltningar (or avdelningar), each with its share of the units in thousandths. */
const shape: { id: string; name: string; kind: 'styrelse' | 'namnd'; administrations: [string, string, number, string][] }[] = [
  { id: 'ks', name: 'Kommunstyrelsen', kind: 'styrelse', administrations: [['kld', 'Kommunledningsförvaltningen', 30, 'Kansliet'], ['hr', 'HR-avdelningen', 10, 'HR-teamet']] },
  { id: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', administrations: [['fsk', 'Förskoleförvaltningen', 150, 'Förskolan'], ['gsk', 'Grundskoleförvaltningen', 150, 'Skolan'], ['elh', 'Elevhälsan', 20, 'Elevhälsoteamet']] },
  { id: 'gyn', name: 'Gymnasie- och vuxenutbildningsnämnden', kind: 'namnd', administrations: [['gyf', 'Gymnasieförvaltningen', 50, 'Gymnasiet'], ['vux', 'Vuxenutbildningen', 20, 'Vuxenutbildningen']] },
  { id: 'son', name: 'Socialnämnden', kind: 'namnd', administrations: [['ifo', 'Individ- och familjeomsorgen', 80, 'Socialkontoret'], ['lss', 'Stöd och service (LSS)', 90, 'Gruppbostaden']] },
  { id: 'von', name: 'Vård- och omsorgsnämnden', kind: 'namnd', administrations: [['ht', 'Hemtjänstförvaltningen', 90, 'Hemtjänsten'], ['sabo', 'Särskilda boenden', 90, 'Äldreboendet'], ['hsl', 'Hälso- och sjukvård', 30, 'Sjuksköterskegruppen']] },
  { id: 'kfn', name: 'Kultur- och fritidsnämnden', kind: 'namnd', administrations: [['kultur', 'Kulturförvaltningen', 30, 'Biblioteket'], ['fritid', 'Fritidsförvaltningen', 30, 'Fritidsgården']] },
  { id: 'tn', name: 'Tekniska nämnden', kind: 'namnd', administrations: [['gata', 'Gata och park', 20, 'Parkdriften'], ['va', 'Vatten och avfall', 20, 'Reningsverket']] },
  { id: 'mbn', name: 'Miljö- och byggnadsnämnden', kind: 'namnd', administrations: [['bygg', 'Bygglovsavdelningen', 10, 'Bygglovsgruppen'], ['miljo', 'Miljöavdelningen', 10, 'Miljöinspektionen']] },
  { id: 'amn', name: 'Arbetsmarknadsnämnden', kind: 'namnd', administrations: [['amf', 'Arbetsmarknadsförvaltningen', 25, 'Jobbcentrum']] },
  { id: 'sbn', name: 'Samhällsbyggnadsnämnden', kind: 'namnd', administrations: [['plan', 'Planavdelningen', 10, 'Planenheten'], ['fastighet', 'Fastighetsavdelningen', 10, 'Fastighetsdriften']] },
  { id: 'svn', name: 'Servicenämnden', kind: 'namnd', administrations: [['kost', 'Kost och lokalvård', 15, 'Köket'], ['it', 'IT och digitalisering', 5, 'IT-supporten']] },
  { id: 'ofn', name: 'Överförmyndarnämnden', kind: 'namnd', administrations: [['ofv', 'Överförmyndarenheten', 5, 'Ställföreträdarenheten']] },
];

const places = ['Björken', 'Eken', 'Linden', 'Lönnen', 'Aspen', 'Granen', 'Tallen', 'Rönnen', 'Sälgen', 'Almen', 'Hasseln', 'Pilen', 'Boken', 'Enen', 'Lärken', 'Idegranen', 'Hägget', 'Flädern', 'Vidjan', 'Oxeln'];
const first = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Anders', 'Eva', 'Johan', 'Lena', 'Per', 'Sara', 'Mikael', 'Åsa', 'Jonas', 'Ingrid', 'Björn', 'Sofia', 'Ömer', 'Elin', 'Fredrik'];
const last = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Öberg'];

const pad = (n: number, width = 5) => String(n).padStart(width, '0');
const personName = (n: number) => `${first[n % first.length]} ${last[Math.floor(n / first.length) % last.length]} ${n}`;

/**
 * A large kommun's organisation, the same every time (no randomness): 12 nämnder (and the fullmäktige) with 24 förvaltningar,
 * `units` units shared out by the nämnder's real weight (schools and care the most), and `people` people:
 * a chief for every unit, a deputy for every other one, a förvaltningschef each, a secretary per nämnd and
 * one kommun-wide (`p-sekr`), eleven members per nämnd, one admin (`p-admin`), the rest staff without roles.
 * Everyone has an email and an Entra object id `aad-<id>`.
 */
export function largeKommunOrg(kommun: string, size = largeKommunSize): OrgFile {
  const administrations = shape.flatMap((b) => b.administrations.map(([id, name, share, unitWord]) => ({ id, name, body: b.id, share, unitWord })));
  const shareSum = administrations.reduce((sum, a) => sum + a.share, 0);
  // Largest remainder: every förvaltning gets its share and the counts add up to exactly `units`.
  const exact = administrations.map((a) => (a.share / shareSum) * size.units);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < size.units - counts.reduce((s, c) => s + c, 0); k++) counts[order[k][1]]++;
  const units = administrations.flatMap((a, i) =>
    Array.from({ length: counts[i] }, (_, n) => ({ id: `${a.id}-${pad(n + 1, 4)}`, name: `${a.unitWord} ${places[n % places.length]} ${n + 1}`, administration: a.id })),
  );
  const people: OrgFile['people'] = [];
  const add = (id: string, roles: OrgFile['people'][number]['roles']) =>
    people.push({ id, name: personName(people.length), email: `${id}@${kommun}.example.se`, aadObjectId: `aad-${id}`, roles });
  add('p-admin', [{ role: 'admin' }]);
  add('p-sekr', [{ role: 'secretary' }]);
  for (const b of shape) {
    add(`p-sekr-${b.id}`, [{ role: 'secretary', body: b.id }]);
    for (let m = 0; m < 11; m++) add(`p-${b.id}-${pad(m + 1, 2)}`, [{ role: m === 0 ? 'ordforande' : 'ledamot', body: b.id }]);
  }
  for (const a of administrations) add(`p-fchef-${a.id}`, [{ role: 'forvaltningschef', administration: a.id }]);
  units.forEach((u, i) => {
    add(`p-chef-${u.id}`, [{ role: 'chef', unit: u.id }]);
    if (i % 2 === 0) add(`p-dep-${u.id}`, [{ role: 'deputy', unit: u.id }]);
  });
  for (let n = people.length; n < size.people; n++) add(`p-${pad(n)}`, []);
  return {
    kommun,
    sample: false,
    bodies: [{ id: 'kf', name: 'Kommunfullmäktige', kind: 'fullmaktige' }, ...shape.map(({ id, name, kind }) => ({ id, name, kind }))],
    administrations: administrations.map(({ id, name, body }) => ({ id, name, body })),
    units,
    people,
  };
}

/** Fills the organisation repository with the large kommun (replacing what was there). */
export const seedLargeKommun = (repo: OrgRepository, kommun: string, size = largeKommunSize): Promise<ImportSummary> => importOrg(repo, largeKommunOrg(kommun, size));

/**
 * Follow-up reports of a period for the kommun's units, the same every time: of every four units one has
 * none, one a draft and two have handed in, each with an economy section and a few lines of text.
 */
export function largeKommunReports(org: OrgFile, period: string, year: number): FollowupReport[] {
  const bodyOf = new Map(org.administrations.map((a) => [a.id, a.body]));
  const at = `${year}-05-0${1 + (year % 3)}T10:00:00.000Z`;
  return org.units.flatMap((u, i): FollowupReport[] => {
    if (i % 4 === 0) return [];
    const state = i % 4 === 1 ? 'draft' : 'submitted';
    const chief = `p-chef-${u.id}`;
    return [{
      id: reportId({ period, year, unit: u.id }), tenant: org.kommun, kind: 'followup', period, year, unit: u.id, administration: u.administration, body: bodyOf.get(u.administration)!,
      state, version: 1 + (i % 3),
      answers: { 'economy:budget': 10_000 + i, 'economy:forecast': 9_900 + i, 'economy:explanation': `Prognosen för ${u.name} bygger på utfallet till och med april.`, analysis: 'Vakanser har inte tillsatts under perioden.', actions: 'Rekrytering pågår.' },
      deviation: { amount: 100, percent: Number((100 / (10_000 + i) * 100).toFixed(2)), exceedsThreshold: false },
      history: [],
      createdAt: at, createdBy: chief, updatedAt: at, updatedBy: chief, updatedByName: `Chef för ${u.name}`,
      ...(state === 'submitted' ? { submittedAt: at, submittedBy: chief, submittedByName: `Chef för ${u.name}` } : {}),
    }];
  });
}
