export type Cell = string | number | null;

/** A sheet of an export: one header row and data rows (numbers stay numbers). */
export interface Table {
  name: string;
  columns: string[];
  rows: Cell[][];
}
