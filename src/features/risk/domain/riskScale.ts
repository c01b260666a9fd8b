import type { RiskScale } from '../../../kernel/knowledge/packSchema';

/** The level of a risk value on the kommun's scale (the last level takes anything above the others). */
export function levelOf(scale: RiskScale, value: number): RiskScale['levels'][number] {
  return scale.levels.find((l) => value <= l.max) ?? scale.levels[scale.levels.length - 1];
}

/** The highest value the scale gives (4 × 4 = 16). */
export const maxValue = (scale: RiskScale) => scale.likelihood.length * scale.consequence.length;

/** "3 – Möjlig" for step 3 of a scale. */
export const stepTitles = (steps: string[]) => steps.map((s, i) => `${i + 1} – ${s}`);
