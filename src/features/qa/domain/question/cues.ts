/**
 * Cue phrases: folded words, a trailing "*" matching any ending ("beslut*" matches "beslutar",
 * "beslutas"). A phrase of several words matches them in a row. One matcher for every cue list.
 */
export type Cues = readonly string[];

const compiled = new Map<string, (ws: string[], at: number) => boolean>();

function matcher(phrase: string): (ws: string[], at: number) => boolean {
  let m = compiled.get(phrase);
  if (!m) {
    const parts = phrase.split(' ');
    m = (ws, at) =>
      parts.every((p, i) => {
        const w = ws[at + i];
        if (w === undefined) return false;
        return p.endsWith('*') ? w.startsWith(p.slice(0, -1)) : w === p;
      });
    compiled.set(phrase, m);
  }
  return m;
}

/** Index of the first word where one of the cues starts, or -1. */
export function cueAt(ws: string[], cues: Cues, from = 0): number {
  for (let i = from; i < ws.length; i++) if (cues.some((c) => matcher(c)(ws, i))) return i;
  return -1;
}

/** Whether any cue occurs in the words. */
export const hasCue = (ws: string[], cues: Cues): boolean => cueAt(ws, cues) >= 0;

/** Whether the words start with one of the cues. */
export const startsWith = (ws: string[], cues: Cues): boolean => cues.some((c) => matcher(c)(ws, 0));

/** Whether a single word is one of the cues. */
export const isCue = (w: string, cues: Cues): boolean => cues.some((c) => c.split(' ').length === 1 && matcher(c)([w], 0));

/** Positions of the words that the cues cover (every word of a matched phrase). */
export function cueSpans(ws: string[], cues: Cues): Set<number> {
  const covered = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    for (const c of cues) {
      const n = c.split(' ').length;
      if (matcher(c)(ws, i)) for (let k = 0; k < n; k++) covered.add(i + k);
    }
  }
  return covered;
}
