import { Readable } from 'node:stream';
import { stringify, type Options } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { printable } from '../../shared/text';
import type { Cell, Table } from './Table';

/**
 * Text a spreadsheet would run as a formula ("=", "+", "-", "@", tab, CR) gets a leading apostrophe,
 * so a comment typed in a card can never become a formula in the controller's Excel (CSV injection).
 */
export const defuse = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/**
 * CSV as Swedish Excel opens it by double-click: UTF-8 with BOM, ";" between fields, decimal comma.
 * No cell carries a control character (stored text is cleaned already; this holds for any text).
 */
const options: Options = {
  delimiter: ';',
  bom: true,
  record_delimiter: 'windows',
  // Multi-line comments stay in one cell only when quoted (Excel reads a bare LF as a new row).
  quoted_match: /[\r\n]/,
  cast: { number: (n) => String(n).replace('.', ','), string: (s) => defuse(printable(s)) },
};

/** The whole CSV at once (small tables). */
export const toCsv = (table: Table): Buffer => Buffer.from(stringifySync([table.columns, ...table.rows] as Cell[][], options), 'utf8');

/** The CSV as a stream, row by row as the reader takes them (csv-stringify's stream API keeps back-pressure). */
export function csvStream(table: Table): Readable {
  function* all(): Generator<Cell[]> {
    yield table.columns;
    yield* table.rows;
  }
  const rows = Readable.from(all(), { objectMode: true });
  const csv = rows.pipe(stringify(options));
  rows.once('error', (e) => csv.destroy(e));
  return csv;
}
