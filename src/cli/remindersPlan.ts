/**
 * `npm run --silent reminders:plan -- --kommun <id> (--at YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD) [--json]`:
 * what the reminders would send on those days and to whom, without sending anything. With --json, one
 * line per planned delivery: {"id","date","person","role","kind","deadline","due","lead"}.
 * When the store has no organisation for the kommun (a fresh clone), the sample organisation
 * `org/<kommun>.sample.*` is used in a temporary store, and nobody has submitted anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../app/config';
import { remindersService } from '../features/reminders';
import { seedSampleOrg } from '../kernel/org/seedSampleOrg';
import { isCalendarDay } from '../shared/swedishTime';
import { openFeatures } from './openFeatures';

function parseArgs(argv: string[]) {
  const valueOf = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const at = valueOf('--at');
  const from = at ?? valueOf('--from');
  const to = at ?? valueOf('--to');
  const kommun = valueOf('--kommun');
  if (!kommun || !from || !to || !isCalendarDay(from) || !isCalendarDay(to) || from > to) {
    console.error('usage: npm run --silent reminders:plan -- --kommun <id> (--at YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD) [--json]');
    process.exit(2);
  }
  return { kommun, from, to, json: argv.includes('--json') };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  let opened = await openFeatures(config);
  let sample: string | undefined;
  if (!opened.packs.has(args.kommun)) throw new Error(`Okänd kommun "${args.kommun}" (kända: ${opened.packs.ids().join(', ')})`);
  if (!(await opened.started.context.org.getStructure(args.kommun))) {
    await opened.store.close();
    sample = mkdtempSync(join(tmpdir(), 'styrbot-plan-'));
    opened = await openFeatures(config, { kind: 'embedded', dataDir: sample, timeoutMs: config.store.timeoutMs });
    if (!(await seedSampleOrg(opened.started.context.org, args.kommun))) throw new Error(`Ingen organisation för ${args.kommun}, och ingen exempelorganisation i org/.`);
  }
  try {
    const service = remindersService(opened.started.context, config.reminders);
    const planned = await service.plan(args.kommun, args.from, args.to);
    if (sample) process.stderr.write(`(Ingen organisation inläst för ${args.kommun}: planen bygger på exempelorganisationen i org/, och ingen har lämnat in något.)\n`);
    for (const r of planned) {
      const row = { id: r.id, date: r.date, person: r.person.id, role: r.role, kind: r.kind, deadline: r.deadline?.title ?? 'Veckosammanfattning', due: r.due, lead: r.lead };
      process.stdout.write(args.json ? `${JSON.stringify(row)}\n` : `${row.date}  ${r.person.name} (${row.role})  ${row.kind}  ${row.deadline}  senast ${row.due}  [${row.lead}]\n`);
    }
    if (!args.json) process.stdout.write(`${planned.length} påminnelser ${args.from} – ${args.to}.\n`);
  } finally {
    await opened.store.close();
    if (sample) rmSync(sample, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
