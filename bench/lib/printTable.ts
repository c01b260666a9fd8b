import type { TurnStats } from './measureTurns';

/** Prints one row per case: turns, seconds, turns per second and latency percentiles. */
export function printTable(rows: { name: string; stats: TurnStats }[]): void {
  const header = ['case', 'turns', 'errors', 's', 'turns/s', 'p50 ms', 'p95 ms'];
  const cells = rows.map(({ name, stats: s }) => [name, String(s.requests), String(s.errors), s.seconds.toFixed(1), s.rps.toFixed(0), s.p50.toFixed(1), s.p95.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n'));
}
