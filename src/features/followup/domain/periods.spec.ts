import { loadPack } from '../../../kernel/knowledge/loadPack';
import type { Period } from '../../../kernel/knowledge/packSchema';
import { currentPeriod, defaultDeadline, findPeriod, parsePeriodArgs, resolvePeriod, yearFor } from './periods';

const alingsas = loadPack('alingsas').periods;
const hallstahammar = loadPack('hallstahammar').periods;
const byId = (periods: Period[], id: string) => periods.find((p) => p.id === id)!;

describe('Follow-up periods from the knowledge pack', () => {
  it('When a period is named by id, name or alias in any case or without å/ä/ö, then it is found', () => {
    expect(findPeriod(alingsas, 'Fördjupad månadsuppföljning')?.id).toBe('fordjupad-manadsuppfoljning');
    expect(findPeriod(alingsas, 'FMU')?.id).toBe('fordjupad-manadsuppfoljning');
    expect(findPeriod(alingsas, 'delar')?.id).toBe('delarsbokslut');
    expect(findPeriod(hallstahammar, 'arsrapport')?.id).toBe('arsredovisning');
    expect(findPeriod(hallstahammar, 'halvår')).toBeUndefined();
  });

  it('When a period is resolved for a year, then as-of date and deadline come from the pack, year-end deadlines in the next year', () => {
    expect(resolvePeriod(byId(alingsas, 'delarsbokslut'), 2026)).toEqual({
      id: 'delarsbokslut', name: 'Delårsbokslut', year: 2026, asOf: '2026-08-31', deadline: '2026-09-15', deadlineOverridden: false,
    });
    expect(resolvePeriod(byId(alingsas, 'arsbokslut'), 2026)).toMatchObject({ asOf: '2026-12-31', deadline: '2027-01-31' });
  });

  it('When an admin has overridden the deadline, then the override wins and is marked', () => {
    expect(resolvePeriod(byId(hallstahammar, 'resultatprognos'), 2026, '2026-05-20')).toMatchObject({ deadline: '2026-05-20', deadlineOverridden: true });
  });

  it('When no year is given, then it is the one whose deadline is still ahead (last year\'s annual report in January)', () => {
    const annual = byId(hallstahammar, 'arsredovisning');
    expect(yearFor(annual, '2027-01-20')).toBe(2026);
    expect(yearFor(annual, '2027-02-05')).toBe(2027);
    expect(yearFor(byId(hallstahammar, 'resultatprognos'), '2026-06-01')).toBe(2026);
    expect(defaultDeadline(annual, 2026)).toBe('2027-01-31');
  });

  it('When no period is given, then the one with the nearest deadline not yet passed is meant', () => {
    expect(currentPeriod(hallstahammar, '2026-05-02')).toMatchObject({ period: { id: 'resultatprognos' }, year: 2026 });
    expect(currentPeriod(hallstahammar, '2026-05-11')).toMatchObject({ period: { id: 'delarsrapport' }, year: 2026 });
    expect(currentPeriod(hallstahammar, '2026-11-23')).toMatchObject({ period: { id: 'arsredovisning' }, year: 2026 });
    expect(currentPeriod([], '2026-11-23')).toBeUndefined();
  });

  it('When command arguments are read, then multi-word names, the year and the rest are told apart', () => {
    const today = '2026-11-23';
    expect(parsePeriodArgs(alingsas, 'fördjupad månadsuppföljning 2026 bun', today)).toMatchObject({ ok: true, period: { id: 'fordjupad-manadsuppfoljning' }, year: 2026, rest: 'bun' });
    expect(parsePeriodArgs(alingsas, 'delår', today)).toMatchObject({ ok: true, period: { id: 'delarsbokslut' }, year: 2026, rest: '' });
    expect(parsePeriodArgs(alingsas, '2025', today)).toMatchObject({ ok: true, period: { id: 'arsbokslut' }, year: 2025 });
    expect(parsePeriodArgs(alingsas, 'bokslut 2026-02-15', today)).toMatchObject({ ok: true, period: { id: 'arsbokslut' }, rest: '2026-02-15' });
    expect(parsePeriodArgs(alingsas, 'halvår 2026', today)).toEqual({ ok: false, reason: 'unknown_period', text: 'halvår' });
    expect(parsePeriodArgs([], '', today)).toEqual({ ok: false, reason: 'no_periods', text: '' });
  });
});
