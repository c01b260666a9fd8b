import { z } from 'zod';

/** The small value schemas every part of a knowledge pack uses (packSchema.ts, formSettingsSchema.ts). */

export const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case id with a-z, 0-9 and -');
export const month = z.number().int().min(1).max(12);
/** Day in the year as MM-DD, e.g. "04-30". */
export const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD');

export const sourceRef = z.object({
  document: id,
  section: z.string().min(1),
});
