import { availableParallelism, cpus } from 'node:os';

/** The machine a run was measured on, for the table's heading. */
export function machine(): { cores: number; cpu: string; node: string; date: string } {
  return { cores: availableParallelism(), cpu: cpus()[0]?.model.trim() ?? 'unknown', node: process.version, date: new Date().toISOString().slice(0, 10) };
}
