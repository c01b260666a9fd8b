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
