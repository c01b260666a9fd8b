import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i).max(100);

/** Action data naming one report; carried by every follow-up card action. */
export const reportRefSchema = z.object({
  period: id,
  year: z.coerce.number().int().min(2000).max(2100),
  unit: id,
});

/** Action data naming a period (status, reminders, export). */
export const periodRefSchema = reportRefSchema.pick({ period: true, year: true });

export type ReportRefData = z.infer<typeof reportRefSchema>;

/** Removes the keys a false `$when` left as null (e.g. `refresh`), so the card JSON stays clean. */
export function withoutNulls<T extends Record<string, unknown>>(card: T): T {
  return Object.fromEntries(Object.entries(card).filter(([, v]) => v !== null)) as T;
}
