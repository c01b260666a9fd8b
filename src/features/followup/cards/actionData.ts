import { z } from 'zod';
import { idSchema } from '../../../shared/text';

/** Action data naming one report; carried by every follow-up card action. */
export const reportRefSchema = z.object({
  period: idSchema,
  year: z.coerce.number().int().min(2000).max(2100),
  unit: idSchema,
});

/** Action data naming a period: status (Uppdatera), reminders (Påminn) and export. */
export const periodRefSchema = reportRefSchema.pick({ period: true, year: true });

/** `followup.export` may name one nämnd. */
export const exportActionSchema = periodRefSchema.extend({ body: idSchema.optional() });

/** `followup.status` and `followup.remind` may name a nämnd or förvaltning, and the status a page. */
export const statusRefSchema = periodRefSchema.extend({
  body: idSchema.optional(),
  administration: idSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
