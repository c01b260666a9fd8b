import { z } from 'zod';
import { computeDeviation } from './deviation';
import type { Answers, Deviation } from './FollowupReport';
import { allFields, type FieldDef, type FormDefinition } from './formDefinition';
import { formatNumber, parseSwedishNumber } from './numbers';

/** Save a draft (format checks only) or submit (everything required must be there). */
export type Intent = 'save' | 'submit';

/** What the card sent, by input id; every value as text. */
export type RawAnswers = Record<string, string>;

export type Validation =
  | { ok: true; answers: Answers; deviation: Deviation | null }
  | { ok: false; errors: Record<string, string>; deviation: Deviation | null };

const emptyToUndefined = (s: string | undefined) => (s ? s : undefined);

function numeric(message: string, min = -Infinity, max = Infinity) {
  return z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s?.trim()) return undefined;
      const n = parseSwedishNumber(s);
      if (n === undefined || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    });
}

/** The zod schema of one field's value, with the Swedish message shown next to the field. */
export function fieldSchema(field: FieldDef): z.ZodType<string | number | undefined, string | undefined> {
  switch (field.kind) {
    case 'choice':
      return z
        .string()
        .trim()
        .optional()
        .transform(emptyToUndefined)
        .refine((v) => v === undefined || (field.choices ?? []).includes(v), { error: 'Välj ett av alternativen.' });
    case 'text': {
      const max = field.maxLength ?? 1000;
      return z.string().trim().max(max, { error: `Texten är för lång (högst ${formatNumber(max)} tecken).` }).optional().transform(emptyToUndefined);
    }
    case 'amount':
      return numeric('Ange ett belopp i tkr, till exempel 12 500 eller -350,5.');
    case 'number':
      return numeric('Ange ett tal, till exempel 87 eller 3,5.');
    case 'percent':
      return numeric('Ange en procentsats mellan 0 och 100, till exempel 6,2.', 0, 100);
  }
}

/** What submitting requires beyond the format: assessments, economy, and explanations where needed. */
function requiredProblems(def: FormDefinition, a: Answers, deviation: Deviation | null): [string, string][] {
  const problems: [string, string][] = [];
  const fullyMet = def.assessments[0];
  for (const g of def.goals) {
    const assessment = a[g.assessment.key];
    if (assessment === undefined) problems.push([g.assessment.key, 'Välj en bedömning av målet.']);
    else if (assessment !== fullyMet && a[g.comment.key] === undefined) {
      problems.push([g.comment.key, `Kommentera bedömningen – det krävs när målet inte bedöms som ${fullyMet}.`]);
    }
  }
  const { budget, outcome, forecast, explanation } = def.economy;
  if (a[budget.key] === undefined) problems.push([budget.key, 'Ange budgeten för helåret i tkr.']);
  if (a[outcome.key] === undefined) problems.push([outcome.key, 'Ange utfallet hittills i tkr.']);
  if (a[forecast.key] === undefined) problems.push([forecast.key, 'Ange prognosen för helåret i tkr.']);
  if (deviation?.exceedsThreshold && a[explanation.key] === undefined) {
    const size = deviation.percent === null ? 'budgeten är 0' : `den är ${formatNumber(Math.abs(deviation.percent))} %`;
    problems.push([explanation.key, `Förklara avvikelsen – ${size} och gränsen är ${formatNumber(def.thresholdPercent)} %.`]);
  }
  return problems;
}

/**
 * Checks every field (so the card can show every error at once), computes the deviation, and on
 * submit adds what is required. Fields the form does not have are ignored, never stored.
 */
export function validateAnswers(def: FormDefinition, raw: RawAnswers, intent: Intent): Validation {
  const errors: Record<string, string> = {};
  const answers: Answers = {};
  for (const field of allFields(def)) {
    const parsed = fieldSchema(field).safeParse(raw[field.key]);
    if (!parsed.success) errors[field.key] = parsed.error.issues[0]?.message ?? 'Ogiltigt värde.';
    else if (parsed.data !== undefined) answers[field.key] = parsed.data;
  }
  const num = (key: string) => (typeof answers[key] === 'number' ? (answers[key] as number) : undefined);
  const deviation = computeDeviation(num(def.economy.budget.key), num(def.economy.forecast.key), def.thresholdPercent);
  if (intent === 'submit') {
    for (const [key, message] of requiredProblems(def, answers, deviation)) errors[key] ??= message;
  }
  return Object.keys(errors).length ? { ok: false, errors, deviation } : { ok: true, answers, deviation };
}
