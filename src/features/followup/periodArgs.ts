import type { PackRegistry } from '../../kernel/knowledge/PackRegistry';
import { swedishDay } from '../../shared/swedishTime';
import { inert } from '../../shared/text';
import { parsePeriodArgs } from './domain/periods';

export type PeriodArgsResult = { ok: true; period: string; year: number; rest: string } | { ok: false; text: string };

/** Reads "[period] [år] [rest]" after a follow-up command, in the words of the kommun's own periods. */
export function readPeriodArgs(packs: PackRegistry, kommun: string, args: string, now: Date): PeriodArgsResult {
  const periods = packs.get(kommun).periods;
  const parsed = parsePeriodArgs(periods, args, swedishDay(now));
  if (parsed.ok) return { ok: true, period: parsed.period.id, year: parsed.year, rest: parsed.rest };
  const name = packs.name(kommun);
  if (parsed.reason === 'no_periods') return { ok: false, text: `${name}s styrmodell har inga uppföljningsperioder inlagda ännu.` };
  return { ok: false, text: `Jag känner inte till perioden ”${inert(parsed.text)}”. Perioderna i ${name} är: ${periods.map((p) => p.name).join(', ')}.` };
}
