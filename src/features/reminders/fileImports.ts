import { ConflictError } from '../../shared/errors';
import { parseMeetings } from '../../kernel/deadlines/parseMeetings';
import { isAdmin } from '../../kernel/org/access';
import type { Command } from '../../kernel/turn/Command';
import type { Turn } from '../../kernel/turn/Turn';
import { formatDay, swedishDay } from '../../shared/swedishTime';
import { byIdOrName, inert } from '../../shared/text';
import { parseDeadlineFile } from './domain/parseDeadlineFile';
import { canSeeDelivery } from './overview';
import type { RemindersFeatureServices } from './services';

/** Calendars and deadline lists are small; anything larger is not one. */
const maxFileBytes = 256 * 1024;

/** Reads the first attached file, or says why not. */
async function fileText(turn: Turn): Promise<{ name: string; text: string } | string> {
  const file = turn.files?.[0];
  if (!file) return 'Bifoga filen i samma meddelande.';
  try {
    return { name: file.name, text: await file.text(maxFileBytes) };
  } catch (e) {
    return (e as Error).message === 'file_too_large' ? 'Filen är för stor (högst 256 kB).' : 'Jag kunde inte hämta filen. Försök igen.';
  }
}

const problemLines = (problems: string[]) => (problems.length ? `\n\n${problems.slice(0, 10).map((p) => `- ${inert(p)}`).join('\n')}${problems.length > 10 ? `\n- … och ${problems.length - 10} till` : ''}` : '');

/** `frister` with a CSV file (admins): titel;datum;vem[;typ][;varför], each row a deadline. */
export async function importDeadlines(s: RemindersFeatureServices, turn: Turn): Promise<void> {
  const { kommun } = turn.session;
  const file = await fileText(turn);
  if (typeof file === 'string') return void (await turn.reply(file));
  const [org, people] = await Promise.all([s.org.getStructure(kommun), s.org.listPeople(kommun)]);
  const { drafts, problems } = parseDeadlineFile(file.text, org, people);
  let added = 0;
  for (const d of drafts) {
    try {
      await s.deadlines.add(kommun, d);
      added++;
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
    }
  }
  if (added) await s.reminders.queueDay(kommun);
  await turn.reply(`${inert(file.name)}: ${added} frister tillagda${drafts.length - added ? `, ${drafts.length - added} fanns redan` : ''}${problems.length ? `, ${problems.length} rader kunde inte läsas:` : '.'}${problemLines(problems)}`);
}

/** `sammanträden [organ]`: the bodies' imported meetings; admins send a calendar file with it to import one. */
export function meetingsCommand(s: RemindersFeatureServices): Command {
  return {
    name: 'sammanträden',
    aliases: ['sammantraden', 'sammanträdesplan', 'meetings'],
    usage: 'sammanträden [organ]',
    description: 'Visar organens inlästa sammanträden (de styr när årshjulets beslut ska vara klara).',
    files: '**sammanträden organ** med en ICS-fil (organets sammanträdesplan), eller **sammanträden** med en CSV (organ;datum;tid)',
    async run(turn) {
      const { kommun, person } = turn.session;
      const org = await s.org.getStructure(kommun);
      if (!org) return void (await turn.reply('Ingen organisation är inläst ännu.'));
      const findBody = (t: string) => byIdOrName(org.bodies, t)?.id;
      if (turn.files?.length) {
        if (!isAdmin(person)) return void (await turn.reply('Sammanträdesplaner kan bara administratörer läsa in.'));
        const file = await fileText(turn);
        if (typeof file === 'string') return void (await turn.reply(file));
        const { meetings, problems } = parseMeetings(file.name, file.text, { body: turn.args.trim() || undefined, findBody, now: s.clock() });
        const counts = await s.meetings.replace(kommun, meetings);
        if (counts.size) await s.reminders.syncDeadlines(kommun, s.reminders.yearsAround(swedishDay(s.clock())), true).then(() => s.reminders.queueDay(kommun));
        const read = [...counts].map(([b, n]) => `${org.bodies.find((x) => x.id === b)?.name ?? b}: ${n} ${n === 1 ? 'sammanträde' : 'sammanträden'}`).join('\n');
        return void (await turn.reply(`${read || 'Inga sammanträden lästes in.'}${problemLines(problems)}`));
      }
      if (!canSeeDelivery(person)) return void (await turn.reply('Sammanträdesplanerna kan administratörer och sekreterare se.'));
      const today = swedishDay(s.clock());
      const all = await s.meetings.all(kommun);
      const wanted = turn.args.trim() ? findBody(turn.args.trim()) : undefined;
      const lines = org.bodies
        .filter((b) => !wanted || b.id === wanted)
        .map((b) => {
          const next = all.filter((m) => m.body === b.id && m.date >= today).slice(0, 4).map((m) => formatDay(m.date));
          return `- **${b.name}**: ${next.length ? next.join(', ') : 'inga kommande sammanträden inlästa (årshjulets beslut får standarddatum: månadens sista arbetsdag)'}`;
        });
      await turn.reply(`Kommande sammanträden:\n\n${lines.join('\n')}\n\nAdministratörer läser in en plan genom att skicka filen med texten "sammanträden organ".`);
    },
  };
}
