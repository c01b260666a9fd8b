import type { Answers, FieldDef } from './FieldDef';
import { fieldSchema } from './fieldSchema';

/** Save a draft (format checks only) or submit (everything required must be there). */
export type Intent = 'save' | 'submit';

/** What the card sent, by input id; every value as text. */
export type RawAnswers = Record<string, string>;

/** A field and the message shown next to it. */
export type FieldProblem = [key: string, message: string];

export type FormValidation = { ok: true; answers: Answers } | { ok: false; answers: Answers; errors: Record<string, string> };

/**
 * Checks every field (so the card can show every error at once); on submit, also that each required
 * field is given and the form's own requirements (`requirements`, e.g. "explain a large deviation")
 * hold. Values of keys the form does not have are ignored, never stored.
 */
export function validateForm(fields: FieldDef[], raw: RawAnswers, intent: Intent, requirements: (answers: Answers) => FieldProblem[] = () => []): FormValidation {
  const errors: Record<string, string> = {};
  const answers: Answers = {};
  for (const field of fields) {
    const parsed = fieldSchema(field).safeParse(raw[field.key]);
    if (!parsed.success) errors[field.key] = parsed.error.issues[0]?.message ?? 'Ogiltigt värde.';
    else if (parsed.data !== undefined) answers[field.key] = parsed.data;
  }
  if (intent === 'submit') {
    for (const f of fields) if (f.required && answers[f.key] === undefined) errors[f.key] ??= f.required;
    for (const [key, message] of requirements(answers)) errors[key] ??= message;
  }
  return Object.keys(errors).length ? { ok: false, answers, errors } : { ok: true, answers };
}
