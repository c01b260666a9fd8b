import { measureTurns, type MeasureOptions, type TurnStats } from './measureTurns';

/** One kind of turn to measure: where to post it and the activity of turn i. */
export interface TurnCase {
  name: string;
  url: string;
  activity: (i: number) => object;
}

/**
 * Measures the cases one after the other, `rounds` times, and keeps each one's best round, so the order
 * and other load on the machine weigh on all alike. Throws when a turn failed.
 */
export async function compareTurns(cases: TurnCase[], rounds = 3, options: MeasureOptions = {}): Promise<Map<string, TurnStats>> {
  const best = new Map<string, TurnStats>();
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const s = await measureTurns(c.url, c.activity, { warmupMs: round ? 300 : 2000, maxRequests: 1500, maxMs: 6000, ...options });
      if (s.errors) throw new Error(`${c.name}: ${s.errors} failed turns`);
      if (!best.has(c.name) || s.rps > best.get(c.name)!.rps) best.set(c.name, s);
    }
  }
  return best;
}
