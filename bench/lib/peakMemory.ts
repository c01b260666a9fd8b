import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const mib = (bytes: number) => bytes / 1024 / 1024;

// A full collection before each reading, so garbage not yet collected does not count as memory kept
// (`npm run bench` starts through tsx, where --expose-gc cannot be passed; this is Node's documented way).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** RSS and heap in MiB now, after a full collection. */
export function memoryNow(): { rssMiB: number; heapMiB: number } {
  gc();
  const m = process.memoryUsage();
  return { rssMiB: mib(m.rss), heapMiB: mib(m.heapUsed) };
}

/** Runs `work` while sampling memory every 5 ms; returns its result and the peak growth over the start. */
export async function peakGrowth<T>(work: () => Promise<T>): Promise<{ value: T; rssMiB: number; heapMiB: number }> {
  const start = memoryNow();
  let peak = { rss: 0, heap: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak = { rss: Math.max(peak.rss, m.rss), heap: Math.max(peak.heap, m.heapUsed) };
  };
  const timer = setInterval(sample, 5);
  try {
    const value = await work();
    sample();
    return { value, rssMiB: mib(peak.rss) - start.rssMiB, heapMiB: mib(peak.heap) - start.heapMiB };
  } finally {
    clearInterval(timer);
  }
}
