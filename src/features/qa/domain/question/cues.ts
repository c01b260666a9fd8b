/**
 * Cue phrases: folded words, a trailing "*" matching any ending ("beslut*" matches "beslutar",
 * "beslutas"). A phrase of several words matches them in a row. One matcher for every cue list.
 */
export type Cues = readonly string[];

interface Compiled {
  /** Phrases by their first word, when it is a whole word. */
  exact: Map<string, string[][]>;
  /** Phrases whose first word is a prefix ("beslut*"). */
  prefixed: { prefix: string; rest: string[] }[];
}

const compiled = new WeakMap<Cues, Compiled>();
/** The same by the list's text, for lists written inline at a call ("startsWith(qc, ['vad', 'what'])"). */
const compiledByText = new Map<string, Compiled>();

function compile(cues: Cues): Compiled {
  const known = compiled.get(cues);
  if (known) return known;
  const text = cues.join('|');
  // (A list written inline is a new array at every call: it is found by its text, and not kept by identity.)
  const same = compiledByText.get(text);
  if (same) return same;
  const c: Compiled = { exact: new Map(), prefixed: [] };
  for (const phrase of cues) {
    const [first, ...rest] = phrase.split(' ');
    if (first.endsWith('*')) c.prefixed.push({ prefix: first.slice(0, -1), rest });
    else c.exact.set(first, [...(c.exact.get(first) ?? []), rest]);
  }
  compiledByText.set(text, c);
  compiled.set(cues, c);
  return c;
}

const wordMatches = (p: string, w: string | undefined) => w !== undefined && (p.endsWith('*') ? w.startsWith(p.slice(0, -1)) : w === p);
const restMatches = (rest: string[], ws: string[], at: number) => rest.every((p, i) => wordMatches(p, ws[at + 1 + i]));

/** The length (in words) of the longest cue starting at `at`, or 0. */
function matchAt(ws: string[], at: number, c: Compiled): number {
  const w = ws[at];
  let best = 0;
  for (const rest of c.exact.get(w) ?? []) if (restMatches(rest, ws, at)) best = Math.max(best, rest.length + 1);
  for (const { prefix, rest } of c.prefixed) if (w.startsWith(prefix) && restMatches(rest, ws, at)) best = Math.max(best, rest.length + 1);
  return best;
}

/** Index of the first word where one of the cues starts, or -1. */
export function cueAt(ws: string[], cues: Cues, from = 0): number {
  const c = compile(cues);
  for (let i = from; i < ws.length; i++) if (matchAt(ws, i, c)) return i;
  return -1;
}

/** Whether any cue occurs in the words. */
export const hasCue = (ws: string[], cues: Cues): boolean => cueAt(ws, cues) >= 0;

/** The number of words the longest cue at the start covers, or 0 ("kan du rada upp" → 2 for "kan du"). */
export const cueLengthAtStart = (ws: string[], cues: Cues): number => (ws.length ? matchAt(ws, 0, compile(cues)) : 0);

/** Whether the words start with one of the cues. */
export const startsWith = (ws: string[], cues: Cues): boolean => ws.length > 0 && matchAt(ws, 0, compile(cues)) > 0;

/** Whether a single word is one of the one-word cues. */
export const isCue = (w: string, cues: Cues): boolean => matchAt([w], 0, compile(cues)) === 1;

/** Positions of the words that the cues cover (every word of a matched phrase). */
export function cueSpans(ws: string[], cues: Cues): Set<number> {
  const c = compile(cues);
  const covered = new Set<number>();
  for (let i = 0; i < ws.length; i++) for (let k = 0, n = matchAt(ws, i, c); k < n; k++) covered.add(i + k);
  return covered;
}

/** "Vilka utskott …", "which companies …": more than one thing is asked for. */
export const asksMany = (ws: string[]): boolean => ws.includes('vilka') || (ws.includes('which') && /s$/.test(ws[ws.indexOf('which') + 1] ?? ''));
