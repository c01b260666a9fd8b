/**
 * `npm run deadlines:import -- --kommun <id> FILE.csv`: an admin's own deadlines (titel;datum;vem[;typ][;varför]).
 * `npm run meetings:import -- --kommun <id> [--body <organ>] FILE.ics|FILE.csv`: the bodies' meeting
 * calendars (sammanträdesplaner); an ICS file is one body's (--body), a CSV names the body per row.
 * On the embedded store, stop the bot first.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadConfig } from '../app/config';
import { parseDeadlineFile } from '../features/reminders/domain/parseDeadlineFile';
import { parseMeetings } from '../kernel/deadlines/parseMeetings';
import { ConflictError } from '../shared/errors';
import { foldName } from '../shared/text';
import { openFeatures } from './openFeatures';

async function main(what: 'deadlines' | 'meetings', argv: string[]): Promise<void> {
  const valueOf = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const kommun = valueOf('--kommun');
  const body = valueOf('--body');
  const file = argv.filter((a, i) => !a.startsWith('--') && !['--kommun', '--body'].includes(argv[i - 1]))[0];
  if (!kommun || !file) {
    console.error(what === 'deadlines' ? 'usage: npm run deadlines:import -- --kommun <id> FILE.csv' : 'usage: npm run meetings:import -- --kommun <id> [--body <organ>] FILE.ics|FILE.csv');
    process.exit(2);
  }
  const { store, started } = await openFeatures(loadConfig());
  try {
    const ctx = started.context;
    const [org, people] = await Promise.all([ctx.org.getStructure(kommun), ctx.org.listPeople(kommun)]);
    if (!org) throw new Error(`Ingen organisation inläst för ${kommun}: kör npm run org:import först.`);
    const text = readFileSync(file, 'utf8');
    if (what === 'meetings') {
      const findBody = (t: string) => org.bodies.find((b) => foldName(b.id) === foldName(t) || foldName(b.name) === foldName(t))?.id;
      const { meetings, problems } = parseMeetings(basename(file), text, { body, findBody, now: new Date() });
      problems.forEach((p) => console.error(p));
      const counts = await ctx.meetings.replace(kommun, meetings);
      for (const [b, n] of counts) console.log(`${org.bodies.find((x) => x.id === b)?.name ?? b}: ${n} ${n === 1 ? 'sammanträde' : 'sammanträden'}`);
      if (problems.length) process.exitCode = 1;
      return;
    }
    const { drafts, problems } = parseDeadlineFile(text, org, people);
    problems.forEach((p) => console.error(p));
    let added = 0;
    for (const d of drafts) {
      try {
        await ctx.deadlines.add(kommun, d);
        added++;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
    }
    console.log(`${added} frister tillagda, ${drafts.length - added} fanns redan${problems.length ? `, ${problems.length} rader med fel` : ''}.`);
    if (problems.length) process.exitCode = 1;
  } finally {
    await store.close();
  }
}

const what = process.argv[2] === 'meetings' ? 'meetings' : 'deadlines';
main(what, process.argv.slice(3)).catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
