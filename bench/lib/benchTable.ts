import type { TurnStats } from './measureTurns';
import type { LargeKommunFigures } from './largeKommunBench';

export interface BenchResults {
  machine: { cores: number; cpu: string; node: string; date: string };
  command: string;
  seconds: number;
  small: { memoryStart: { rssMiB: number; heapMiB: number }; memoryAfter: { rssMiB: number; heapMiB: number }; stats: Map<string, TurnStats> };
  qa: { questions: number; medianMs: number; p95Ms: number };
  large: LargeKommunFigures;
  reminders: { planned: number; delivered: number; duplicates: number; lost: number; rateRatio: number; seconds: number };
  limit: { bytes: number; recommendedBytes: number };
}

const f = (x: number, digits = 1) => x.toFixed(digits);
const kb = (bytes: number) => `${f(bytes / 1024)} KB`;
const submitted = (x: { turns: number; handedIn: number }) => (x.handedIn === x.turns ? '' : `; only ${x.handedIn} of ${x.turns} submit turns handed a report in`);
const ratio = (a: TurnStats, b: TurnStats) => `**${f(a.rps / b.rps, 2)}** (${f(a.rps, 0)} vs ${f(b.rps, 0)} turns/s; p50 ${f(a.p50)} vs ${f(b.p50)} ms)`;

/** The run's one table, as Markdown (docs/bench.md, README's Numbers) and as figures (the last JSON line). */
export function benchTable(r: BenchResults): { markdown: string; figures: Record<string, number> } {
  const s = (name: string) => r.small.stats.get(name)!;
  const { large, reminders: rem } = r;
  const download = (d: LargeKommunFigures['csv'], what: string) =>
    `${f(d.ms / 1000, 2)} s, ${f(d.bytes / 1024 / 1024)} MiB${what}; peak growth RSS +${f(d.rssMiB)} MiB, heap +${f(d.heapMiB)} MiB; ${d.storeCalls} store calls${d.otherCalls ? ` (and ${d.otherCalls} by the scheduler meanwhile)` : ''}`;
  const rows: [string, string][] = [
    ['answer latency in-process', `median ${f(r.qa.medianMs, 2)} ms, p95 ${f(r.qa.p95Ms, 2)} ms over the ${r.qa.questions} questions of set 1 (test/fixtures/qa-heldout.jsonl)`],
    ['question turn vs echo turn over HTTP', ratio(s('question'), s('echo'))],
    ['`hjälp` turn vs echo turn', ratio(s('hjälp'), s('echo'))],
    [`follow-up submit turn vs echo turn (2,000 units, ${large.roleHolders.toLocaleString('en')} people: those with a role)`, ratio(large.submitFew.submit, large.submitFew.echo) + submitted(large.submitFew)],
    ['follow-up submit turn vs echo turn (2,000 units, 20,000 people)', ratio(large.submitAll.submit, large.submitAll.echo) + submitted(large.submitAll)],
    [`reminders: ${rem.planned.toLocaleString('en')} recipients through the fake connector (429s, 1 % 503s, a crash at ~40 %)`, `${rem.delivered.toLocaleString('en')} delivered, ${rem.duplicates} duplicates, ${rem.lost} lost; rate ${f(rem.rateRatio, 2)} of Teams' allowed; ${f(rem.seconds, 0)} s`],
    ['status card, 2,000 units / 12 nämnder / 20,000 people', `turn median ${f(large.status.medianMs)} ms, p95 ${f(large.status.p95Ms)} ms; card ${kb(large.status.cardBytes)} in UTF-16 (limit ${kb(r.limit.bytes)}, keep under ${kb(r.limit.recommendedBytes)}); ${large.status.storeCalls} store calls (as for 4 units)`],
    ['export of 2,000 reports, CSV ("Svar": a row per answer)', download(large.csv, `, ${large.csv.rows.toLocaleString('en')} rows`)],
    ['export of 2,000 reports, Excel (2 sheets)', download(large.xlsx, '')],
    ['memory of the bench process after 10,000 `hjälp` turns vs after start', `RSS ${f(r.small.memoryAfter.rssMiB, 0)} vs ${f(r.small.memoryStart.rssMiB, 0)} MiB; heap ${f(r.small.memoryAfter.heapMiB, 0)} vs ${f(r.small.memoryStart.heapMiB, 0)} MiB`],
  ];
  const m = r.machine;
  const markdown = [
    '# Benchmarks',
    '',
    `Measured by \`${r.command}\` on ${m.date}: ${m.cores} cores (${m.cpu}), Node ${m.node}; the whole run took ${f(r.seconds / 60)} min.`,
    'Loopback only, bot, load and the stand-in connector in one process (reminders in a second one), so figures vary ±20 % with other load. Ratios are throughput over the echo bot on the same stack (restify + CloudAdapter), the best of alternating rounds.',
    '',
    '| what | figure |',
    '|---|---|',
    ...rows.map(([what, figure]) => `| ${what} | ${figure} |`),
    '',
  ].join('\n');
  const figures = {
    qaMedianMs: r.qa.medianMs, qaP95Ms: r.qa.p95Ms,
    questionRatio: s('question').rps / s('echo').rps, helpRatio: s('hjälp').rps / s('echo').rps, submitRatio: large.submitFew.submit.rps / large.submitFew.echo.rps, submitRatio20k: large.submitAll.submit.rps / large.submitAll.echo.rps,
    remindersDelivered: rem.delivered, remindersLost: rem.lost, remindersDuplicates: rem.duplicates, remindersRateRatio: rem.rateRatio,
    statusMedianMs: large.status.medianMs, statusCardBytes: large.status.cardBytes, statusStoreCalls: large.status.storeCalls,
    csvMs: large.csv.ms, csvRows: large.csv.rows, csvPeakRssMiB: large.csv.rssMiB, xlsxMs: large.xlsx.ms, xlsxPeakRssMiB: large.xlsx.rssMiB,
    rssStartMiB: r.small.memoryStart.rssMiB, rssAfterMiB: r.small.memoryAfter.rssMiB, seconds: r.seconds,
  };
  return { markdown, figures: Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(3))])) };
}
