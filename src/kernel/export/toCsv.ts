import { stringify } from 'csv-stringify/sync';
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
export function toCsv(table: Table): Buffer {
  const rows: Cell[][] = [table.columns, ...table.rows];
  const text = stringify(rows, {
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
    // Multi-line comments stay in one cell only when quoted (Excel reads a bare LF as a new row).
    quoted_match: /[\r\n]/,
    cast: { number: (n) => String(n).replace('.', ','), string: (s) => defuse(printable(s)) },
  });
  return Buffer.from(text, 'utf8');
}
