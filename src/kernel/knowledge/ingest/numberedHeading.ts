import { headingProblem } from '../headingProblem';
import { isBareNumber, numbered, startsLower } from './lineShapes';

/** Answer columns of a questionnaire printed after its section titles ("1 Intern kontroll Ja Nej Delvis Vet ej"). */
const answerColumns = /\s+Ja\s+Nej(\s+Delvis)?(\s+Vet ej)?\s*$/;

/**
 * A numbered heading at line i ("4.3 Årshjul", "2. Mål", or "4.2" alone with its text below), merged
 * over up to five wrapped lines. A numbered question ("1.4 Vid … – får styrelsen en analys av orsaker
 * till avvikelsen?") may be long; otherwise it must read like a title, so that numbered list items
 * ("2. Budget – antas inför varje år och innehåller …") stay text.
 */
export function readNumberedHeading(lines: string[], i: number): { text: string; depth: number; end: number } | undefined {
  const bare = isBareNumber(lines[i]);
  const first = bare ? { number: lines[i], depth: lines[i].split('.').filter(Boolean).length, text: lines[i + 1] ?? '' } : numbered(lines[i]);
  if (!first || !first.text) return undefined;
  let text = first.text.replace(answerColumns, '');
  let end = bare ? i + 2 : i + 1;
  let wrapped = 0;
  const goesOn = (line: string) => startsLower(line) || /^([–-]\s|\()/.test(line) || (/^\d/.test(line) && !numbered(line) && !isBareNumber(line));
  while (wrapped < 5 && !/[.?!:]$/.test(text) && lines[end] && goesOn(lines[end])) {
    text = `${text} ${lines[end++]}`;
    wrapped++;
  }
  const question = text.endsWith('?') && text.length <= 320;
  const description = / [–-] (.+)$/.exec(text)?.[1] ?? '';
  const titleLike = text.length <= 100 && wrapped <= 1 && !/[.!?]\s/.test(text) && !/\.$/.test(text) && description.split(/\s+/).length <= 6 && !headingProblem(text);
  return question || titleLike ? { text: `${first.number} ${text}`, depth: first.depth, end } : undefined;
}
