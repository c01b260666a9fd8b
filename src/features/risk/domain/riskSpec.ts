import type { FieldDef } from '../../../kernel/forms/FieldDef';
import type { FormSpec } from '../../../kernel/forms/FormSpec';
import type { RiskScale } from '../../../kernel/knowledge/packSchema';
import { riskFields as k } from './RiskRecord';
import { stepTitles } from './riskScale';

const steps = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

/** The fields of one risk, on the kommun's scale. */
export function riskFieldDefs(scale: RiskScale): FieldDef[] {
  return [
    { key: k.title, label: 'Risk', kind: 'text', multiline: false, maxLength: 120, required: 'Ange vad risken gäller.', placeholder: 'Till exempel: Felaktiga utbetalningar' },
    { key: k.description, label: 'Beskrivning', kind: 'text', maxLength: 1000 },
    { key: k.category, label: 'Kategori', kind: 'choice', choices: scale.categories, placeholder: 'Välj kategori' },
    { key: k.likelihood, label: 'Sannolikhet', kind: 'choice', choices: steps(scale.likelihood.length), choiceTitles: stepTitles(scale.likelihood), placeholder: 'Välj sannolikhet', required: 'Välj hur sannolik risken är.' },
    { key: k.consequence, label: 'Konsekvens', kind: 'choice', choices: steps(scale.consequence.length), choiceTitles: stepTitles(scale.consequence), placeholder: 'Välj konsekvens', required: 'Välj hur allvarlig konsekvensen blir.' },
    { key: k.controls, label: 'Befintliga kontroller', kind: 'text', maxLength: 1000 },
    { key: k.riskOwner, label: 'Ansvarig', kind: 'text', multiline: false, maxLength: 120, placeholder: 'Vem äger risken?' },
  ];
}

export const riskSpec = (scale: RiskScale): FormSpec => ({ sections: [{ items: riskFieldDefs(scale).map((field) => ({ field })) }] });
