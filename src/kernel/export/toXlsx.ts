import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import type ExcelJSModule from 'exceljs';
import { printable } from '../../shared/text';
import type { Cell, Table } from './Table';

/** A control character in a cell would make the sheet's XML invalid (Excel then "repairs" the file). */
const cell = (c: Cell): Cell => (typeof c === 'string' ? printable(c) : c);

/** Column widths from the longest value (a first pass over the rows: time, not memory). */
function widths(table: Table): number[] {
  const longest = table.columns.map((c) => c.length);
  for (const row of table.rows) row.forEach((v, i) => (longest[i] = Math.max(longest[i] ?? 0, String(v ?? '').length)));
  return longest.map((n) => Math.min(60, Math.max(10, n + 2)));
}

/**
 * An Excel workbook with one sheet per table (bold header, frozen first row, sensible widths), written
 * as a stream with exceljs' streaming writer: each row is committed as it is made and waits while the
 * reader is behind, so a sheet of 100,000 rows never sits in memory. exceljs (about 200 modules with its
 * dependencies) is loaded on the first export, not at start-up.
 */
export function xlsxStream(tables: Table[], meta: { title: string; created: Date }): Readable {
  const out = new PassThrough();
  const write = async () => {
    const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Styrmodellsboten';
    workbook.title = meta.title;
    workbook.created = meta.created;
    for (const table of tables) {
      const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = widths(table).map((width) => ({ width }));
      const header = sheet.addRow(table.columns.map(printable));
      header.font = { bold: true };
      header.commit();
      for (const row of table.rows) {
        if (out.destroyed) return; // the download was cut off
        sheet.addRow(row.map(cell)).commit();
        if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      }
      sheet.commit();
    }
    await workbook.commit();
  };
  write().catch((e: unknown) => out.destroy(e as Error));
  return out;
}
