import { followupFormSchema } from '../../../kernel/knowledge/formSettingsSchema';
import type { OrgStructure } from '../../../kernel/org/orgSchema';
import { buildFormDefinition } from './formDefinition';
import { validateReport } from './validateReport';

const org: OrgStructure = {
  id: 'structure', tenant: 't', sample: false, importedAt: '',
  bodies: [{ id: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', goals: [{ id: 'kunskap', title: 'Fler når målen', indicators: [{ id: 'beh', name: 'Behöriga', unit: '%', target: 90 }] }] }],
  administrations: [{ id: 'buf', name: 'BUF', body: 'bun' }],
  units: [{ id: 'skola', name: 'Skolan', administration: 'buf' }],
};
const def = buildFormDefinition(followupFormSchema.parse({ deviationThresholdPercent: 2 }), org, 'skola')!;
const complete = { 'goal:b-bun:kunskap:assessment': 'uppfyllt', 'economy:budget': '10 000', 'economy:outcome': '3 500,5', 'economy:forecast': '10 150' };

describe('Validating a follow-up report', () => {
  it('When everything required is there in Swedish number formats, then the answers are parsed and the deviation computed', () => {
    const result = validateReport(def, { ...complete, 'ind:b-bun:kunskap:beh:value': '−2,5', 'personnel:sickLeave': '6,2' }, 'submit');
    expect(result).toEqual({
      ok: true,
      answers: { 'goal:b-bun:kunskap:assessment': 'uppfyllt', 'economy:budget': 10000, 'economy:outcome': 3500.5, 'economy:forecast': 10150, 'ind:b-bun:kunskap:beh:value': -2.5, 'personnel:sickLeave': 6.2 },
      deviation: { amount: -150, percent: -1.5, exceedsThreshold: false },
    });
  });

  it('When submitting an empty form, then each required field gets its own Swedish message', () => {
    const result = validateReport(def, {}, 'submit');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      'goal:b-bun:kunskap:assessment': 'Välj en bedömning av målet.',
      'economy:budget': 'Ange budgeten för helåret i tkr.',
      'economy:outcome': 'Ange utfallet hittills i tkr.',
      'economy:forecast': 'Ange prognosen för helåret i tkr.',
    });
  });

  it('When saving a draft, then missing answers are fine but wrong formats are still shown', () => {
    expect(validateReport(def, {}, 'save')).toEqual({ ok: true, answers: {}, deviation: null });
    const result = validateReport(def, { 'economy:budget': '12 tkr', 'personnel:sickLeave': '120', 'ind:b-bun:kunskap:beh:trend': 'bättre', 'goal:b-bun:kunskap:assessment': 'nästan' }, 'save');
    expect(!result.ok && result.errors).toEqual({
      'economy:budget': 'Ange ett belopp i tkr, till exempel 12 500 eller -350,5.',
      'personnel:sickLeave': 'Ange en procentsats mellan 0 och 100, till exempel 6,2.',
      'ind:b-bun:kunskap:beh:trend': 'Välj ett av alternativen.',
      'goal:b-bun:kunskap:assessment': 'Välj ett av alternativen.',
    });
  });

  it('When a goal is not assessed as met, then a comment is required', () => {
    const result = validateReport(def, { ...complete, 'goal:b-bun:kunskap:assessment': 'kan ej bedömas' }, 'submit');
    expect(!result.ok && result.errors).toEqual({ 'goal:b-bun:kunskap:comment': 'Kommentera bedömningen – det krävs när målet inte bedöms som uppfyllt.' });
  });

  it('When the deviation passes the threshold, then an explanation is required; at the threshold it is not', () => {
    const over = validateReport(def, { ...complete, 'economy:forecast': '10 201' }, 'submit');
    expect(!over.ok && over.errors).toEqual({ 'economy:explanation': 'Förklara avvikelsen – den är 2 % och gränsen är 2 %.' });
    expect(validateReport(def, { ...complete, 'economy:forecast': '10 200' }, 'submit').ok).toBe(true);
    expect(validateReport(def, { ...complete, 'economy:forecast': '10 201', 'economy:explanation': 'Fler elever än planerat.' }, 'submit').ok).toBe(true);
  });

  it('When text is too long or fields the form does not have are sent, then the text is refused and the strangers ignored', () => {
    const result = validateReport(def, { ...complete, analysis: 'x'.repeat(2001), '$where': 'evil', 'goal:b-bun:annat:assessment': 'uppfyllt' }, 'submit');
    expect(!result.ok && result.errors).toEqual({ analysis: 'Texten är för lång (högst 2\u00a0000 tecken).' });
    const ok = validateReport(def, { ...complete, '$where': 'evil' }, 'submit');
    expect(ok.ok && Object.keys(ok.answers)).not.toContain('$where');
  });
});
