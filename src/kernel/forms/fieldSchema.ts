import { z } from 'zod';
import { formatNumber, parseSwedishNumber } from '../../shared/numbers';
import { isCalendarDay } from '../../shared/swedishTime';
import { cleanText } from '../../shared/text';
import type { FieldDef } from './FieldDef';

type Value = string | number | undefined;

const emptyToUndefined = (s: string | undefined) => (s ? s : undefined);

/** Text as typed, cleaned (see cleanText); a broken character is an error, never stored. */
const cleanString = z.string().transform((s, ctx) => {
  const clean = cleanText(s);
  if (clean === undefined) {
    ctx.addIssue({ code: 'custom', message: 'Texten innehåller ett ogiltigt tecken. Skriv om den eller klistra in den på nytt.' });
    return z.NEVER;
  }
  return clean.trim();
});

function numeric(message: string, min = -Infinity, max = Infinity, integer = false) {
  return z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s?.trim()) return undefined;
      const n = parseSwedishNumber(s);
      if (n === undefined || n < min || n > max || (integer && !Number.isInteger(n))) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    });
}

function date(field: FieldDef) {
  return z
    .string()
    .optional()
    .transform((s, ctx) => {
      const day = s?.trim();
      if (!day) return undefined;
      if (!isCalendarDay(day)) {
        ctx.addIssue({ code: 'custom', message: 'Ange ett datum som ÅÅÅÅ-MM-DD.' });
        return z.NEVER;
      }
      if ((field.minDate && day < field.minDate) || (field.maxDate && day > field.maxDate)) {
        ctx.addIssue({ code: 'custom', message: field.dateMessage ?? 'Datumet ligger utanför det tillåtna.' });
        return z.NEVER;
      }
      return day;
    });
}

/** Several choices as the card sends them ("a,b"): each must be one of the field's, stored once each in the card's order. */
function choices(field: FieldDef) {
  return cleanString.optional().transform((s, ctx) => {
    const picked = [...new Set((s ?? '').split(',').map((v) => v.trim()).filter(Boolean))];
    if (picked.some((v) => !(field.choices ?? []).includes(v))) {
      ctx.addIssue({ code: 'custom', message: 'Välj bland alternativen.' });
      return z.NEVER;
    }
    return picked.length ? picked.join(',') : undefined;
  });
}

/** The zod schema of one field's value, with the Swedish message shown next to the field. */
export function fieldSchema(field: FieldDef): z.ZodType<Value, string | undefined> {
  switch (field.kind) {
    case 'choice':
      if (field.multiSelect) return choices(field);
      return cleanString
        .optional()
        .transform(emptyToUndefined)
        .refine((v) => v === undefined || (field.choices ?? []).includes(v), { error: 'Välj ett av alternativen.' });
    case 'text': {
      const max = field.maxLength ?? 1000;
      return cleanString
        .refine((s) => s.length <= max, { error: `Texten är för lång (högst ${formatNumber(max)} tecken).` })
        .optional()
        .transform(emptyToUndefined);
    }
    case 'amount':
      return numeric('Ange ett belopp i tkr, till exempel 12 500 eller -350,5.');
    case 'number':
      return numeric('Ange ett tal, till exempel 87 eller 3,5.', field.min, field.max);
    case 'percent':
      return numeric('Ange en procentsats mellan 0 och 100, till exempel 6,2.', 0, 100);
    case 'integer': {
      const [min, max] = [field.min ?? -Infinity, field.max ?? Infinity];
      const range = Number.isFinite(min) && Number.isFinite(max) ? ` från ${min} till ${max}` : '';
      return numeric(`Ange ett heltal${range}.`, min, max, true);
    }
    case 'date':
      return date(field);
    case 'time':
      return cleanString
        .optional()
        .transform(emptyToUndefined)
        .refine((v) => v === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: 'Ange en tid som TT:MM, till exempel 13:30.' });
  }
}
