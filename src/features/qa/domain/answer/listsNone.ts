import { words } from '../lexicon/normalize';
import { stem } from '../lexicon/stem';
import type { QuestionPart } from '../question/analyzeQuestion';
import type { Candidate } from './Candidate';
import { numberValue } from '../lexicon/numberWords';

/**
 * "Vilka är visionens fokusområden?" – a text that holds no list (it does not fit a list question, and has no bullet, colon
 * or semicolon) and does not name the kind asked for, the topic words right after "vilka"/"which", though its heading (or
 * the one its section is under) does ("Visionen och fokusområden"), lists none of them: the section is about them, and
 * says nothing of which they are.
 */
export function listsNone(best: Candidate, part: QuestionPart): boolean {
  if (best.fit >= 1 || /[•:;]|\n\s*-/.test(best.text)) return false;
  // (The kind asked, not what it is of: "Vilka steg går resursfördelningsmodellen igenom?" – "Modellens första steg …"; when
  // a word that is no topic stands before it, "Vilka är kommunens fokusområden …", the topic words of the next four.)
  const at = part.words.findIndex((w) => w === 'vilka' || w === 'which');
  const kind = kindAsked(part);
  const near = new Set(kind.length ? kind : part.words.slice(at + 1, at + 5).map(stem));
  const asked = at < 0 ? [] : part.topic.filter((t) => !t.remark && t.word.split('_').every((w) => near.has(stem(w))));
  if (!asked.length) return false;
  const namedIn = (text: string) => {
    const said = words(text).map(stem);
    return (t: QuestionPart['topic'][number]) => [t.stem, ...t.alternatives.map((a) => a.stem)].some((s) => s.length >= 3 && said.some((w) => w.startsWith(s)));
  };
  const inText = namedIn(best.text);
  // (Or the heading its section is under: "4.2 Visionen och fokusområden" over "4.2.1 Visionen i målstyrningsprocessen".)
  const inHeading = namedIn([...best.sources.map((s) => s.section), ...(best.at?.passage.parents.slice(-1) ?? [])].join(' '));
  return asked.some((t) => !inText(t) && inHeading(t));
}

/**
 * "Vilka finansiella mål har kommunen?" – "… en budget innehållande: - Kommunfullmäktiges mål - Finansiella mål - …": a
 * list that has the very kind asked for (the words after "vilka"/"which" that are the question's topic) as one of its
 * items lists other things, not them.
 */
export function namesKindAsItem(text: string, part: QuestionPart): boolean {
  const phrase = kindAsked(part);
  if (!phrase.length) return false;
  // (What leads a list, before its colon, says what the items are: "Perspektiv: …" lists them.)
  const items = text.split('\n').flatMap((line) => (/^\s*-/.test(line) ? [line.replace(/^\s*-\s*/, '')] : line.replace(/^[^:]*:/, '').split(/[,;]|\s(?:och|samt|and)\s/)));
  return items.some((item) => {
    const ws = words(item).map(stem);
    return ws.length === phrase.length && phrase.every((p) => ws.includes(p));
  });
}

/** The kind a "vilka"/"which" question asks for: the stems of its topic words right after it ("vilka är de kommunövergripande målen" → kommunovergripand, mal). */
function kindAsked(part: QuestionPart): string[] {
  const at = part.words.findIndex((w) => w === 'vilka' || w === 'which');
  if (at < 0) return [];
  const topic = new Set(part.topic.flatMap((t) => [t.word, t.stem, ...t.word.split('_')]));
  const phrase: string[] = [];
  for (const w of part.words.slice(at + 1, at + 5)) {
    if (topic.has(w) || topic.has(stem(w))) phrase.push(stem(w));
    else if (phrase.length || !(['ar', 'de', 'are', 'the'].includes(w) || numberValue[w] !== undefined)) break;
  }
  return phrase;
}

/** Words that point at a list and say what its items are: "… följa nedanstående principer:", "… the following steps:". */
const pointers = new Set(['nedanstaende', 'foljande', 'dessa', 'these', 'following']);

/**
 * "Vilka är de kommunövergripande målen?" – "… ska de kommunövergripande målen följa nedanstående principer: - …": a list
 * whose lead names the kind asked for and says its items are something else lists that other thing, not them.
 */
export function listsOtherKind(text: string, part: QuestionPart): boolean {
  const phrase = kindAsked(part);
  const lead = text.split('\n').find((line) => /:\s*$/.test(line));
  if (!phrase.length || !lead) return false;
  const said = words(lead);
  if (said.length < 3 || !pointers.has(said[said.length - 2])) return false;
  const ws = said.map(stem);
  const items = ws[ws.length - 1];
  const sameKind = phrase.some((p) => items.endsWith(p) || p.endsWith(items));
  return !sameKind && phrase.every((p) => ws.slice(0, -2).includes(p));
}
