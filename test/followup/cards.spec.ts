import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cardsDir, type AdaptiveCardJson } from '../../src/kernel/cards/renderCard';
import { followupFormCard } from '../../src/features/followup/cards/formCard';
import { receiptCard } from '../../src/features/followup/cards/receiptCard';
import { statusCard } from '../../src/features/followup/cards/statusCard';
import { pickerCard, reminderCard } from '../../src/features/followup/cards/smallCards';
import { exportCard, linkValidity } from '../../src/kernel/export/exportCard';
import { allFields, buildFormDefinition } from '../../src/features/followup/domain/formDefinition';
import type { ReportContext } from '../../src/features/followup/domain/loadReportContext';
import { resolvePeriod } from '../../src/features/followup/domain/periods';
import { summarizeStatus } from '../../src/kernel/forms/statusSummary';
import { followupFormSchema } from '../../src/kernel/knowledge/formSettingsSchema';
import type { FollowupReport } from '../../src/features/followup/domain/FollowupReport';
import type { Goal, OrgStructure } from '../../src/kernel/org/orgSchema';
import { validateCard } from '../support/validateCard';
import { input } from '../support/cardQuery';

const goals = (owner: string, n: number): Goal[] =>
  Array.from({ length: n }, (_, g) => ({
    id: `${owner}-mal-${g + 1}`,
    title: `Mål ${g + 1}: Invånarna upplever att ${owner} ger en tillgänglig, trygg och likvärdig service av hög kvalitet`,
    indicators: Array.from({ length: 5 }, (_, i) => ({ id: `ind-${i + 1}`, name: `Andel invånare som är nöjda med delområde ${i + 1} enligt medborgarundersökningen`, unit: '%', target: 80 + i })),
  }));

/** A large kommun: 10 förvaltningar with 30 units each; the unit's nämnd and the unit have 4 goals each. */
const org: OrgStructure = {
  id: 'structure', tenant: 'storkommun', sample: false, importedAt: '2026-01-01T00:00:00Z',
  bodies: Array.from({ length: 10 }, (_, b) => ({ id: `namnd-${b}`, name: `Nämnd nummer ${b} för vård, skola och omsorg`, kind: 'namnd' as const, goals: goals('nämnden', 4) })),
  administrations: Array.from({ length: 10 }, (_, a) => ({ id: `forv-${a}`, name: `Förvaltning nummer ${a} för vård, skola och omsorg`, body: `namnd-${a}` })),
  units: Array.from({ length: 300 }, (_, u) => ({ id: `enhet-${u}`, name: `Enhet nummer ${u} med ett ganska långt namn`, administration: `forv-${u % 10}`, goals: u === 0 ? goals('enheten', 4) : undefined })),
};
const form = followupFormSchema.parse({ deviationThresholdPercent: 2, askPersonnel: true, askQualityFactors: true });
const definition = buildFormDefinition(form, org, 'enhet-0')!;
const period = resolvePeriod({ id: 'fordjupad-manadsuppfoljning', name: 'Fördjupad månadsuppföljning', aliases: [], asOf: '04-30', unitDeadline: '05-15', deadlineNextYear: false, description: '', terms: [], source: { document: 'x', section: 'y' } }, 2026);
const context: ReportContext = { kommun: 'storkommun', ref: { period: period.id, year: 2026, unit: 'enhet-0' }, period, org, unit: org.units[0], administration: org.administrations[0], body: org.bodies[0], definition,
  // The unit's internal-control results as the risk feature adds them: seven controls, the most a plan of seven risks gives.
  addenda: [{ title: 'Intern kontroll', lines: Array.from({ length: 7 }, (_, i) => ({ title: `Kontroll ${i + 1}: attestordning och behörigheter i ekonomisystemet`, value: '🔴 Röd – avvikelse: rutinen följs inte fullt ut; åtgärd: utbildning av attestanter under hösten' })) }] };
const longText = 'Verksamheten har under perioden haft hög personalomsättning och ökade kostnader för vikarier, vilket påverkar både ekonomi och kvalitet. ';
const report: FollowupReport = {
  id: 'x', tenant: 'storkommun', kind: 'followup', period: period.id, year: 2026, unit: 'enhet-0', administration: 'forv-0', body: 'namnd-0',
  state: 'submitted', version: 12, answers: Object.fromEntries(definition.goals.map((g) => [g.assessment.key, 'delvis uppfyllt'])),
  deviation: { amount: -1250.5, percent: -4.2, exceedsThreshold: true }, history: [],
  createdAt: '2026-05-02T12:05:00Z', createdBy: 'a', updatedAt: '2026-05-03T12:05:00Z', updatedBy: 'a', updatedByName: 'Anna Andersson-Bergqvist',
  submittedAt: '2026-05-03T12:05:00Z', submittedBy: 'a', submittedByName: 'Anna Andersson-Bergqvist',
};
const sixtyUsers = Array.from({ length: 60 }, (_, i) => `29:1${'x'.repeat(80)}${i}`);

/**
 * The worst realistic case: every text field filled to its limit (Swedish text), and every other field
 * typed wrong and in error (text fields can only be in error when empty: the client stops longer text).
 */
function largestForm(): AdaptiveCardJson {
  const fields = allFields(definition);
  const values = Object.fromEntries(fields.map((f) => [f.key, f.kind === 'text' ? longText.repeat(40).slice(0, f.maxLength) : 'inte ett tal']));
  const errors = Object.fromEntries(fields.filter((f) => f.kind !== 'text').map((f) => [f.key, 'Ange ett tal, till exempel 87 eller 3,5.']));
  return followupFormCard(context, { values, errors, stored: { doc: report, etag: '"00000000-0000-0000-0000-000000000000"' }, notice: { text: longText, color: 'Attention' }, refreshUserIds: sixtyUsers });
}

const cases: Record<string, () => AdaptiveCardJson> = {
  form: largestForm,
  receipt: () => receiptCard({ context, report, canEdit: true, notice: { text: 'Tack! Rapporten är inlämnad (version 12).', color: 'Good' }, refreshUserIds: sixtyUsers }),
  status: () => statusCard(period, summarizeStatus(org, [], () => true), { canRemind: true, notice: { text: longText, color: 'Good' } }),
  picker: () => pickerCard({ title: 'Delårsrapport 2026', deadline: 'Lämnas senast 10 september 2026', units: org.units.slice(0, 5).map((u) => ({ unit: u.id, name: u.name, state: 'Utkast' })), act: { period: 'delarsrapport', year: 2026 } }),
  export: () => exportCard({ title: 'Delårsrapport 2026', validity: linkValidity('2026-05-02T12:20:00Z'), scopes: org.bodies.map((b) => ({ name: b.name, csv: `https://bot.example.se/exports?t=${'a'.repeat(200)}`, xlsx: `https://bot.example.se/exports?t=${'b'.repeat(200)}` })) }),
  reminder: () => reminderCard({ title: 'Delårsrapport 2026', text: 'Delårsrapport 2026 för Enhet 1, Enhet 2 är inte inlämnad ännu. Sista dag är 10 september 2026.', sender: 'Sekreterare Sex', units: org.units.slice(0, 2).map((u) => ({ unit: u.id, name: u.name })), act: { period: 'delarsrapport', year: 2026 } }),
};

describe('Follow-up card templates', () => {
  it('When the cards folder is listed, then every follow-up template (and the generic form and the kernel export card) has a validation case here', () => {
    const templates = readdirSync(join(cardsDir, 'followup')).map((f) => f.replace(/\.json$/, ''));
    expect(Object.keys(cases).sort()).toEqual([...templates, 'form', 'export'].sort());
  });

  it.each(Object.keys(cases))('When %s is rendered with large realistic data, then the adaptivecards parser reports no failures and it stays under 80 KB', (name) => {
    const card = cases[name]();
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card)).not.toMatch(/\$\{/);
    const { failures, bytes } = validateCard(card);
    expect(failures).toEqual([]);
    expect(bytes).toBeLessThan(80_000);
  });

  it('When the largest form is rendered (8 goals × 5 indicators, every section, every text full, every other field in error), then it keeps every value and error and weighs under 80 KB', () => {
    const card = largestForm();
    const json = JSON.stringify(card);
    const fields = allFields(definition);
    expect(definition.goals).toHaveLength(8);
    expect(fields).toHaveLength(8 * 2 + 8 * 5 * 2 + 4 + 1 + 2 + 2);
    expect(json.match(/"color":"Attention"/g)!.length).toBeGreaterThanOrEqual(fields.filter((f) => f.kind !== 'text').length);
    for (const f of fields) expect(input(card, f.key)?.value).toBe(f.kind === 'text' ? longText.repeat(40).slice(0, f.maxLength) : 'inte ett tal');
    const bytes = Buffer.byteLength(json);
    expect(bytes).toBeLessThan(80_000);
  });
});
