import type { FieldDef } from '../../../kernel/forms/FieldDef';
import type { FormSection, FormSpec } from '../../../kernel/forms/FormSpec';
import type { OrgStructure } from '../../../kernel/org/orgSchema';
import { inert } from '../../../shared/text';
import type { RiskOwner } from './RiskOwner';
import { decisionKeys, frequencies, rowKey } from './PlanRecord';
import type { RiskRecord } from './RiskRecord';

/** The fields of one control of the plan, for the risk it answers. */
export function rowFields(risk: string, owner: RiskOwner, org: OrgStructure, reportWhen: string[]): FieldDef[] {
  const units = org.units.filter((u) => owner.units.includes(u.id));
  return [
    { key: rowKey(risk, 'activity'), label: 'Kontrollmoment', kind: 'text', maxLength: 300, required: 'Beskriv vad som kontrolleras.' },
    { key: rowKey(risk, 'method'), label: 'Metod', kind: 'text', multiline: false, maxLength: 200, placeholder: 'Stickprov, genomgång …' },
    { key: rowKey(risk, 'frequency'), label: 'Frekvens', kind: 'choice', choices: frequencies, placeholder: 'Hur ofta?' },
    { key: rowKey(risk, 'responsible'), label: 'Ansvarig', kind: 'text', multiline: false, maxLength: 120, required: 'Ange vem som ansvarar för kontrollen.' },
    { key: rowKey(risk, 'unit'), label: 'Enhet som utför kontrollen', kind: 'choice', choices: units.map((u) => u.id), choiceTitles: units.map((u) => u.name), placeholder: 'Hela förvaltningen' },
    { key: rowKey(risk, 'reportTo'), label: 'Rapporteras till', kind: 'text', multiline: false, maxLength: 120, placeholder: 'Nämnden' },
    { key: rowKey(risk, 'reportWhen'), label: 'Rapporteras när', kind: 'choice', choices: reportWhen, placeholder: 'Vid vilken uppföljning?' },
  ];
}

/** The decision: the day the body decided and its paragraph (not in the future). */
export const decisionFields = (today: string): FieldDef[] => [
  { key: decisionKeys.date, label: 'Beslutsdatum', kind: 'date', maxDate: today, dateMessage: 'Beslutsdatumet kan inte ligga i framtiden.', required: 'Ange vilken dag nämnden beslutade planen.' },
  { key: decisionKeys.paragraph, label: 'Paragraf', kind: 'text', multiline: false, maxLength: 20, placeholder: '§ 191', required: 'Ange beslutets paragraf, till exempel § 191.' },
];

/** The plan as a form: a section per chosen risk, then the decision. */
export function planSpec(risks: RiskRecord[], owner: RiskOwner, org: OrgStructure, reportWhen: string[], today: string): FormSpec {
  const rows: FormSection[] = risks.map((r) => ({
    title: `${inert(r.title)} — riskvärde ${r.value ?? '–'}`,
    items: rowFields(r.risk, owner, org, reportWhen).map((field) => ({ field })),
  }));
  return {
    sections: [
      ...(rows.length ? rows : [{ items: [{ text: 'Planen har inga kontroller ännu. Öppna en risk i riskmatrisen och välj "Till internkontrollplanen".' }] }]),
      { heading: 'Beslut', subtitle: 'Fylls i när nämnden har beslutat planen. Därefter är planen låst; ändringar görs i en ny version.', items: decisionFields(today).map((field) => ({ field })) },
    ],
  };
}
