import { z } from 'zod';
import { dialogueTypeSchema, followupFormSchema, riskScaleSchema } from './formSettingsSchema';
import { id, month, monthDay, sourceRef } from './packPrimitives';

/**
 * Schema of a knowledge pack: one folder per kommun under `knowledge/<id>/` with `pack.yaml`
 * (provenance + structured facts) and `documents/*.md` (source text, split into passages by headings).
 * Every fact cites `source: { document, section }` where `document` is a document id of the pack and
 * `section` is the exact text of a heading in that document (checked at load and in tests).
 */

const base = {
  source: sourceRef,
  /** Extra search words a manager might use for this fact (synonyms, short forms). Lower-case Swedish. */
  terms: z.array(z.string()).default([]),
  /** When the older model of the kommun says something else, a short Swedish note saying so. */
  olderModelNote: z.string().optional(),
  /**
   * True while the fact is a machine-made draft (`npm run kommun:new`) that no editor has checked;
   * `npm run pack:check` lists it with its source sentence. Remove the line once the fact is checked.
   */
  draft: z.boolean().optional(),
};

export const documentSchema = z.object({
  id,
  title: z.string(),
  /** File under the pack's `documents/` folder, markdown with `#` headings. */
  file: z.string(),
  year: z.number().int().optional(),
  version: z.string().optional(),
  diarienummer: z.string().optional(),
  publisher: z.string().optional(),
  /** Id of a newer document of this pack that replaces this one (answers prefer the newer). */
  supersededBy: id.optional(),
  /** Short description of what kind of document this is (styrmodell, revisionsenkät …). */
  kind: z.string().default('styrmodell'),
});

export const bodySchema = z.object({
  id,
  name: z.string(),
  abbreviations: z.array(z.string()).default([]),
  kind: z.enum(['fullmaktige', 'styrelse', 'utskott', 'namnd', 'forvaltning', 'bolag', 'revision', 'ledningsgrupp', 'beredning', 'presidium', 'annan']),
  /** One or two Swedish sentences: what the body is and does. */
  description: z.string(),
  en: z.object({ name: z.string(), description: z.string().optional() }).optional(),
  ...base,
});

export const decisionSchema = z.object({
  id,
  /** What is decided, as a Swedish noun phrase that can start a sentence ("Mål- och budget"). */
  subject: z.string(),
  /** Passive Swedish verb used in the answer: "beslutas", "fastställs", "antas", "tillsätts" … */
  verb: z.string().default('beslutas'),
  /** Body ids (or free text when the decider is not a body, e.g. "förvaltningschefen"). */
  decidedBy: z.array(z.string()).min(1),
  /** When, as a Swedish phrase that follows the verb ("i juni", "senast i december", "årligen"). */
  when: z.string().optional(),
  months: z.array(month).default([]),
  /** Who prepares (bereder) it: body ids or free text. */
  preparedBy: z.array(z.string()).default([]),
  /** One extra Swedish sentence worth knowing (contents, period length …). */
  note: z.string().optional(),
  /** Only some years: "valår", "året efter valår", or "vid behov" (then no reminders are planned for it). */
  onlyWhen: z.string().optional(),
  en: z.object({ subject: z.string(), when: z.string().optional(), note: z.string().optional() }).optional(),
  ...base,
});

export const eventSchema = z.object({
  id,
  /** Name of the step in the annual cycle ("Budgetdagen", "Beslut delårsrapport"). */
  title: z.string(),
  months: z.array(month).min(1),
  /** Who acts (body ids or free text). */
  actor: z.array(z.string()).default([]),
  /** What happens, one or two Swedish sentences. */
  action: z.string(),
  input: z.string().optional(),
  output: z.string().optional(),
  /** Only some years, e.g. "valår" (election year). */
  onlyWhen: z.string().optional(),
  en: z.object({ title: z.string(), action: z.string().optional() }).optional(),
  ...base,
});

export const periodSchema = z.object({
  id,
  /** Name used by the kommun ("Resultatprognos", "Delårsbokslut"). */
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  /** As-of date of the report (MM-DD), e.g. "04-30". */
  asOf: monthDay,
  /** Default submission deadline for units (MM-DD, in the year of asOf unless `deadlineNextYear`). */
  unitDeadline: monthDay,
  deadlineNextYear: z.boolean().default(false),
  /** How the report is handled: who decides it and when, in one or two Swedish sentences. */
  description: z.string(),
  en: z.object({ name: z.string(), description: z.string().optional() }).optional(),
  ...base,
});

export const documentTypeSchema = z.object({
  id,
  name: z.string(),
  /** Position in the kommun's hierarchy of governing documents (1 = highest), if it has one. */
  order: z.number().int().optional(),
  category: z.string().optional(),
  description: z.string(),
  /** What the document must contain, when the model lists it. */
  contents: z.array(z.string()).default([]),
  decidedBy: z.array(z.string()).default([]),
  en: z.object({ name: z.string(), description: z.string().optional() }).optional(),
  ...base,
});

export const glossarySchema = z.object({
  term: z.string(),
  aliases: z.array(z.string()).default([]),
  definition: z.string(),
  en: z.object({ term: z.string(), definition: z.string().optional() }).optional(),
  ...base,
});

export const riskSchema = z.object({
  /** Body id whose risk analysis this is. */
  body: z.string(),
  name: z.string(),
  /** riskvärde = sannolikhet × konsekvens */
  value: z.number(),
  year: z.number().int(),
  ...base,
});

export const roleOverviewSchema = z.object({
  /** Swedish summary: politics decides what and when; the administration how and by whom. */
  text: z.string(),
  en: z.string().optional(),
  source: sourceRef,
  /** True while machine-made and unchecked, as on the facts. */
  draft: z.boolean().optional(),
});

export const packSchema = z.object({
  kommun: id,
  name: z.string(),
  /** Short name used in answers ("Hallstahammar"). */
  shortName: z.string(),
  documents: z.array(documentSchema).min(1),
  /** Absent when the documents do not plainly describe the split between politics and administration. */
  roleOverview: roleOverviewSchema.optional(),
  bodies: z.array(bodySchema).default([]),
  decisions: z.array(decisionSchema).default([]),
  events: z.array(eventSchema).default([]),
  periods: z.array(periodSchema).default([]),
  documentTypes: z.array(documentTypeSchema).default([]),
  glossary: z.array(glossarySchema).default([]),
  risks: z.array(riskSchema).default([]),
  riskScale: riskScaleSchema.default(riskScaleSchema.parse({})),
  /** Dialogue meeting types; not indexed for question answering (the events say the same). */
  dialogueTypes: z.array(dialogueTypeSchema).default([]),
  followupForm: followupFormSchema.default(followupFormSchema.parse({})),
});

export type SourceRef = z.infer<typeof sourceRef>;
export type PackFile = z.infer<typeof packSchema>;
export type PackDocument = z.infer<typeof documentSchema>;
export type Body = z.infer<typeof bodySchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type CycleEvent = z.infer<typeof eventSchema>;
export type Period = z.infer<typeof periodSchema>;
export type DocumentType = z.infer<typeof documentTypeSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
export type Risk = z.infer<typeof riskSchema>;
export type RiskScale = z.infer<typeof riskScaleSchema>;
export type DialogueType = z.infer<typeof dialogueTypeSchema>;
export type FollowupForm = z.infer<typeof followupFormSchema>;
