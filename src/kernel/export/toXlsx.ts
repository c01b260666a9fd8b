import ExcelJS from 'exceljs';
import { printable } from '../../shared/text';
import type { Cell, Table } from './Table';

/** A control character in a cell would make the sheet's XML invalid (Excel then "repairs" the file). */
const cell = (c: Cell): Cell => (typeof c === 'string' ? printable(c) : c);

/** An Excel workbook with one sheet per table: bold header, frozen first row, sensible widths. */
export async function toXlsx(tables: Table[], meta: { title: string; created: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styrmodellsboten';
  workbook.title = meta.title;
  workbook.created = meta.created;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.columns.map(printable)).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(cell));
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(...[table.columns[i], ...table.rows.map((r) => r[i])].map((v) => String(v ?? '').length));
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
