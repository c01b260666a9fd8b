import { cutAtWord, fold } from '../../../shared/text';
import { uniqueId } from '../slugId';
import { genericBodies, namedBodies } from './bodyCatalogue';
import { wholeWords, type DraftBody } from './DraftBody';
import { plainHeading, type PassageText } from './PassageText';

export interface FoundBody extends DraftBody {
  description: string;
  sentence: { passage: PassageText['passage']; text: string };
}

const count = (text: string, words: string[], flags = 'giu') => (words.length ? text.match(new RegExp(wholeWords(words), flags))?.length ?? 0 : 0);

/**
 * The political bodies and administrations the text names: the generic ones (kommunfullmäktige, KS,
 * KSAU, nämnderna, förvaltningen, bolagen, revisionen) when their words occur, and the
 * kommun's own (named nämnder, förvaltningar, ledningsgrupper, bolag). Abbreviations come from the
 * text ("kommunstyrelsen (KS)", or KF/KS/KSAU used on their own); the description is the sentence
 * that best says what the body is, preferring the section named after it.
 */
export function findBodies(texts: PassageText[]): FoundBody[] {
  const all = texts.flatMap((t) => [t.passage.section, ...t.sentences]).join('\n');
  const taken = new Set<string>();
  const candidates: DraftBody[] = [];
  for (const g of genericBodies) {
    if (count(all, g.forms, 'giu') + count(all, g.abbreviations, 'gu') === 0) continue;
    const body = { ...g, name: asWritten(all, g), abbreviations: g.abbreviations.filter((a) => count(all, [a], 'gu') > 0) };
    if (g.id === 'forvaltningarna' && count(all, ['förvaltningen']) > count(all, ['förvaltningarna', 'förvaltningar'])) Object.assign(body, { id: 'forvaltningen', name: 'Förvaltningen' });
    taken.add(body.id);
    candidates.push(body);
  }
  for (const named of namedBodies(all)) candidates.push({ ...named, id: uniqueId(named.name, taken) });
  return candidates.flatMap((b) => {
    const withAbbreviations = { ...b, abbreviations: [...new Set([...b.abbreviations, ...abbreviationsOf(all, b.forms)])] };
    const sentence = describingSentence(texts, withAbbreviations);
    if (!sentence) return [];
    return [{ ...withAbbreviations, description: withItsList(sentence), sentence }];
  });
}

/**
 * The description: the sentence, and when it introduces a list ("Revisorerna har till uppgift att granska:") the
 * list's items, which say what the body does.
 */
function withItsList({ passage, text }: FoundBody['sentence']): string {
  const at = passage.text.indexOf(text);
  if (!text.endsWith(':') || at < 0) return cutAtWord(text, 320);
  const after = passage.text.slice(at + text.length);
  const items = after.match(/^(?:\s*\n\s*(?:[-*•]|\d{1,2}\.)\s+[^\n]+)+/u)?.[0] ?? '';
  const list = items.split('\n').map((l) => l.trim().replace(/^(?:[-*•]|\d{1,2}\.)\s+/u, '')).filter(Boolean);
  return list.length ? cutAtWord(`${text}\n${list.map((l) => `- ${l}`).join('\n')}`, 600) : cutAtWord(text, 320);
}

/**
 * The name as the document writes it: a longer form that holds the name ("närmast ansvarig chef") when the
 * name never occurs outside it, so an answer says what the document says.
 */
function asWritten(text: string, body: DraftBody): string {
  const name = body.name.toLowerCase();
  const qualified = body.forms.find((f) => f !== name && f.includes(name) && count(text, [f]) > 0 && count(text, [f]) === count(text, [name]));
  return qualified ? qualified[0].toUpperCase() + qualified.slice(1) : body.name;
}

/** "kommunstyrelsen (KS)", "Kommunledningsgruppen (KLG)": abbreviations in brackets right after a name. */
function abbreviationsOf(text: string, forms: string[]): string[] {
  return [...text.matchAll(new RegExp(`${wholeWords(forms)}\\s+\\((\\p{Lu}{2,6})\\)`, 'giu'))].map((m) => m[1]);
}

/** The sentence that best describes the body: in its own section, then "<Body> är …", then starting with it, then any. */
function describingSentence(texts: PassageText[], body: DraftBody): FoundBody['sentence'] | undefined {
  const names = new RegExp(wholeWords([...body.forms, ...body.forms.map((f) => `${f}s`), ...body.abbreviations]), 'iu');
  const starts = new RegExp(`^(?:(?:varje|samtliga|alla|kommunens|de)\\s+)?${wholeWords([...body.forms, ...body.forms.map((f) => `${f}s`), ...body.abbreviations])}`, 'iu');
  let best: { score: number; passage: PassageText['passage']; text: string } | undefined;
  for (const { passage, sentences } of texts) {
    const heading = fold(plainHeading(passage));
    const own = [body.name, ...body.forms].map(fold);
    const ownSection = own.includes(heading) ? 4 : own.some((n) => heading.startsWith(`${n} och `)) ? 3 : 0;
    for (const text of sentences) {
      if (!names.test(text) || text.endsWith('?') || text.split(/\s+/).length < 4) continue;
      const score = ownSection + (starts.test(text) ? (/^\S+(\s+\(\p{Lu}+\))?\s+(är|utgör|kan liknas|har|ansvarar|leder)\s/u.test(text) ? 3 : 2) : 1);
      if (!best || score > best.score) best = { score, passage, text };
    }
  }
  return best && { passage: best.passage, text: best.text };
}
