import type { Answers } from './FieldDef';

/** Keys whose answer differs between two versions (added, removed or changed), in a stable order. */
export function changedFields(before: Answers, after: Answers): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}
