export type Cell = string | number | null;

/**
 * A sheet of an export: one header row and data rows (numbers stay numbers). The rows may be produced
 * lazily and read more than once (an array, or an object whose iterator starts over), so a large export
 * is written row by row without the whole sheet in memory.
 */
export interface Table {
  name: string;
  columns: string[];
  rows: Iterable<Cell[]>;
}

/** Rows made on demand by `make`, each time they are read. */
export const lazyRows = (make: () => Iterator<Cell[]>): Iterable<Cell[]> => ({ [Symbol.iterator]: make });
