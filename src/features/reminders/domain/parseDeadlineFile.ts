import { parse as parseCsv } from 'csv-parse/sync';
import type { DeadlineDraft } from '../../../kernel/deadlines/Deadline';
import type { OrgStructure, Person } from '../../../kernel/org/orgSchema';
import { isCalendarDay } from '../../../shared/swedishTime';
import { cleanText } from '../../../shared/text';
import { adminDeadline, findAssignee } from './adminDeadline';

/**
 * An admin's deadlines from a CSV file: titel;datum;vem[;typ][;varför] (comma or semicolon, header
 * optional). `vem` is a unit, body or person by id or name ("enhet:ekonomi", "Socialnämnden"); `typ` is
 * "lång" (reminders 28 and 7 days before and the day before) or "kort" (the default).
 */
export function parseDeadlineFile(text: string, org: OrgStructure | undefined, people: Person[]): { drafts: DeadlineDraft[]; problems: string[] } {
  const delimiter = text.split('\n')[0].includes(';') ? ';' : ',';
  const rows: string[][] = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  const drafts: DeadlineDraft[] = [];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const [rawTitle = '', due = '', who = '', type = '', rawWhy = ''] = row;
    if (i === 0 && !isCalendarDay(due)) return; // a header
    const line = `Rad ${i + 1}`;
    const title = cleanText(rawTitle)?.trim();
    if (!title || title.length > 120) return void problems.push(`${line}: titeln ska ha 1–120 tecken.`);
    if (!isCalendarDay(due)) return void problems.push(`${line}: datumet ska skrivas ÅÅÅÅ-MM-DD.`);
    const assignee = findAssignee(who, org, people);
    if (!assignee) return void problems.push(`${line}: hittar ingen enhet, inget organ och ingen person som heter "${who.slice(0, 60)}".`);
    if (type && !/^(lång|lang|kort)$/i.test(type)) return void problems.push(`${line}: typen ska vara "lång" eller "kort".`);
    const why = cleanText(rawWhy)?.trim().slice(0, 300) || undefined;
    drafts.push(adminDeadline({ title, due, assignee, kind: /^l/i.test(type) ? 'report' : 'task', why }));
  });
  return { drafts, problems };
}
