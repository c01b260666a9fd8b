import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageBytes } from '../../src/kernel/cards/messageSize';
import { openStore } from '../../src/platform/store/openStore';
import { createFollowupRepository } from '../../src/features/followup/domain/FollowupRepository';
import { cardAction, message } from '../../test/support/activities';
import { allCollections } from '../../test/support/collections';
import { countingStore } from '../../test/support/countingStore';
import { largeKommunOrg, largeKommunReports, largeKommunSize, seedLargeKommun } from '../../test/support/largeKommun';
import { startBenchApp, startEchoServer } from './benchApp';
import { compareTurns } from './compareTurns';
import type { TurnStats } from './measureTurns';
import { peakGrowth } from './peakMemory';
import { percentile } from './percentile';

const kommun = 'hallstahammar';
const period = 'resultatprognos';
const sekr = { id: '29:p-sekr', aadObjectId: 'aad-p-sekr', name: 'Sekreterare' };

export interface DownloadFigures {
  ms: number;
  bytes: number;
  rows: number;
  rssMiB: number;
  heapMiB: number;
  storeCalls: number;
  /** Store calls by others meanwhile (the scheduler's tick). */
  otherCalls: number;
}

/** Submit turns against echo turns, and how many of the submit turns (warm-up included) handed a report in. */
export interface SubmitFigures {
  submit: TurnStats;
  echo: TurnStats;
  turns: number;
  handedIn: number;
}

export interface LargeKommunFigures {
  seedSeconds: number;
  /** People holding a role (chiefs, deputies, förvaltningschefer, secretaries, members, admin). */
  roleHolders: number;
  /** Submit vs echo turns with only the role holders stored, and with all 20,000 people. */
  submitFew: SubmitFigures;
  submitAll: SubmitFigures;
  status: { medianMs: number; p95Ms: number; cardBytes: number; storeCalls: number };
  csv: DownloadFigures;
  xlsx: DownloadFigures;
}

/**
 * The generated large kommun (2,000 units, 20,000 people, 2,000 reports of a period) on the real app over
 * an embedded store that counts its calls: a chief's follow-up submit turn against an echo turn, the
 * secretary's status turn (time, card size, store calls) and the period's CSV and Excel downloads (time,
 * size, peak memory growth of this process, store calls).
 */
export async function benchLargeKommun(): Promise<LargeKommunFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-large-'));
  const store = countingStore(await openStore({ kind: 'embedded', dataDir: dir }, allCollections));
  const bench = await startBenchApp({ DEFAULT_KOMMUN: kommun }, { store });
  const echo = await startEchoServer(bench.app);
  try {
    const org = largeKommunOrg(kommun);
    const chief = (i: number) => ({ id: `29:p-chef-${org.units[i].id}`, aadObjectId: `aad-p-chef-${org.units[i].id}`, name: 'Chef' });
    const to = bench.connector.url;
    const reports = createFollowupRepository(store);
    // Each submit is a unit's first of its year (no two the same), with the economy section filled in.
    const submitTurns = async (year: number) => {
      let next = 0;
      const submit = () => {
        const i = next++ % org.units.length;
        return cardAction(to, chief(i), 'followup.submit', { period, year, unit: org.units[i].id, etag: null, version: 0, 'economy:budget': '12 000', 'economy:outcome': '4 100', 'economy:forecast': '12 100', analysis: 'Vakanser.' });
      };
      const turns = await compareTurns([{ name: 'echo', url: echo.url, activity: () => message(to, sekr, 'hej') }, { name: 'submit', url: bench.url, activity: submit }], 2, { maxRequests: 800 });
      const submitted = (await reports.listPeriod(kommun, period, year)).filter((r) => r.state === 'submitted').length;
      if (next > org.units.length) throw new Error(`submit: ${next} submit turns for ${org.units.length} units`);
      bench.connector.reset();
      // A turn that answered but did not hand in (e.g. the store's deadline passed under load) is counted, not hidden.
      return { submit: turns.get('submit')!, echo: turns.get('echo')!, turns: next, handedIn: submitted };
    };

    // First the units with only the people who hold a role (about 3,300), then with all 20,000.
    await seedLargeKommun(bench.app.org, kommun, { ...largeKommunSize, people: 0 });
    // Every chief has talked to the bot before, so a submit is not also a conversation's first turn.
    await compareTurns([{ name: 'first', url: bench.url, activity: (i) => message(to, chief(i % org.units.length), 'hjälp') }], 1, { warmupMs: 0, maxRequests: org.units.length, maxMs: 120_000 });
    const roleHolders = (await bench.app.org.listPeople(kommun)).length;
    const submitFew = await submitTurns(2027);
    const seeded = performance.now();
    await seedLargeKommun(bench.app.org, kommun);
    for (const r of largeKommunReports(org, period, 2026)) await reports.create(r);
    const seedSeconds = (performance.now() - seeded) / 1000;
    const submitAll = await submitTurns(2028);
    bench.connector.reset();

    const statusTurn = async () => {
      const before = bench.connector.sent.length;
      const started = performance.now();
      await compareTurns([{ name: 'status', url: bench.url, activity: () => message(to, sekr, `status ${period} 2026`) }], 1, { warmupMs: 0, maxRequests: 1, concurrency: 1 });
      const ms = performance.now() - started;
      return { ms, card: bench.connector.sent[before]?.activity.attachments?.[0]?.content as object };
    };
    await statusTurn();
    store.reset();
    const first = await statusTurn();
    const storeCalls = store.calls.length;
    if (!JSON.stringify(first.card).includes('Saknas 1–20 av')) throw new Error('status: the card has no page of missing units');
    const times: number[] = [];
    for (let i = 0; i < 30; i++) times.push((await statusTurn()).ms);
    times.sort((a, b) => a - b);

    bench.connector.reset();
    await compareTurns([{ name: 'export', url: bench.url, activity: () => message(to, sekr, `export ${period} 2026`) }], 1, { warmupMs: 0, maxRequests: 1, concurrency: 1 });
    const links = JSON.stringify(bench.connector.sent[0]?.activity.attachments?.[0]?.content ?? {}).match(/https?:\/\/[^"]+\/exports\?t=[^"]+/g) ?? [];
    const [csvUrl, xlsxUrl] = links;
    if (!csvUrl || !xlsxUrl) throw new Error('export: no download links');
    const csv = await download(csvUrl, store);
    const xlsx = await download(xlsxUrl, store);
    return { seedSeconds, roleHolders, submitFew, submitAll, status: { medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), cardBytes: messageBytes(first.card), storeCalls }, csv, xlsx };
  } finally {
    await echo.stop();
    await bench.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a follow-up export reads: the person, the period's deadline, the organisation, the reports. */
const exportCollections = ['people', 'followupDeadlines', 'org', 'followups'];

/**
 * Downloads a link, reading the body as it comes and keeping none of it: the time, the size, the lines
 * (data rows of a CSV) and this process's peak memory growth meanwhile (server and reader both).
 */
async function download(url: string, store: ReturnType<typeof countingStore>): Promise<DownloadFigures> {
  store.reset();
  const started = performance.now();
  const { value, rssMiB, heapMiB } = await peakGrowth(async () => {
    const res = await fetch(url);
    if (res.status !== 200 || !res.body) throw new Error(`export: HTTP ${res.status}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of res.body) {
      bytes += chunk.length;
      for (const b of chunk) if (b === 0x0a) lines++;
    }
    return { bytes, rows: lines - 1 };
  });
  const own = store.calls.filter((c) => exportCollections.includes(c.collection)).length;
  return { ms: performance.now() - started, ...value, rssMiB, heapMiB, storeCalls: own, otherCalls: store.calls.length - own };
}
