import type { z } from 'zod';
import type { Table } from './Table';

export type ExportResult =
  | { ok: true; title: string; fileName: string; csv: Table; sheets: Table[] }
  /** A calendar file (iCalendar text), served for links of format `ics`. */
  | { ok: true; title: string; fileName: string; calendar: string }
  /** A JSON document (one person's data), served for links of format `json`. */
  | { ok: true; title: string; fileName: string; json: unknown }
  | { ok: false; reason: 'forbidden' | 'not_found' };

/**
 * A feature's export, reached through a signed link (`/exports?t=…`): it re-checks at download what the
 * person who asked for the link may see, so a link never outlives the right to its content.
 */
export interface Exporter<P extends Record<string, string | number | undefined> = Record<string, string | number | undefined>> {
  /** Names the exporter in the signed claim ("followup"). */
  name: string;
  /** The claim's parameters (period, year, nämnd …). */
  params: z.ZodType<P>;
  produce(kommun: string, params: P, personId: string): Promise<ExportResult>;
}

export const defineExporter = <P extends Record<string, string | number | undefined>>(e: Exporter<P>): Exporter => e as unknown as Exporter;
