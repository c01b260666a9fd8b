import { parsePeriodArgs } from '../../../domain/followup/periods';
import { swedishDay } from '../../../domain/time/swedishTime';
import type { Turn } from '../../Turn';
import { kommunName } from './refusals';

export type PeriodArgsResult = { ok: true; period: string; year: number; rest: string } | { ok: false; text: string };

/** Reads "[period] [år] [rest]" after a follow-up command, in the words of the turn's kommun. */
export function readPeriodArgs(turn: Turn): PeriodArgsResult {
  const periods = turn.deps.packs.get(turn.session.kommun).periods;
  const parsed = parsePeriodArgs(periods, turn.args, swedishDay(turn.deps.clock()));
  if (parsed.ok) return { ok: true, period: parsed.period.id, year: parsed.year, rest: parsed.rest };
  if (parsed.reason === 'no_periods') return { ok: false, text: `${kommunName(turn)}s styrmodell har inga uppföljningsperioder inlagda ännu.` };
  return { ok: false, text: `Jag känner inte till perioden ”${parsed.text}”. Perioderna i ${kommunName(turn)} är: ${periods.map((p) => p.name).join(', ')}.` };
}
