import type { Candidate } from '../answer/Candidate';
import { emptyFeatures } from '../answer/features';
import { rankScore } from '../answer/ranker';
import type { QuestionPart } from '../question/analyzeQuestion';
import { asksMany, isCue } from '../question/cues';
import { bodyNouns, namedKinds } from '../question/vocabularyOfQuestions';
import type { PassageHit } from '../retrieval/PassageIndex';
import type { Passage } from '../../../../kernel/knowledge/splitPassages';
import { fold } from '../../../../shared/text';
import { words } from '../lexicon/normalize';
import { numberValue } from '../lexicon/numberWords';
import { stem } from '../lexicon/stem';
import { excerpt, maxExcerpt } from './excerpt';
import { termsOf } from '../question/TopicWord';
import type { AnswerContext } from './Strategy';

/** The most sub-sections that are the items of one list. */
const MAX_ITEMS = 12;

/**
 * The items of a list a passage holds: its sub-sections, or, when a sentence of it announces them by their number ("… ska
 * utgå från tre perspektiv."), the sections that follow it, each heading holding the counted word ("Verksamhetsperspektivet",
 * "Medarbetarperspektivet" …: a document whose headings lost their levels).
 */
function itemsOf(passage: Passage, announcing: string, ctx: AnswerContext): { items: string[]; counted?: string } {
  const children = ctx.passages.children(passage);
  if (children.length >= 2) return { items: children };
  const ws = words(announcing);
  const at = ws.findIndex((w) => numberValue[w] !== undefined);
  const [count, counted] = [numberValue[ws[at]], ws[at + 1]];
  const following = at >= 0 && counted ? ctx.passages.following(passage, count) : [];
  return following.length === count && following.every((h) => fold(h).includes(stem(counted))) ? { items: following, counted } : { items: [] };
}

/**
 * "Vilka perspektiv …?": the stem of the kind of the items asked for, the pack's word right after "vilka", if the question
 * names one that the items must name too.
 */
function kindListed(part: QuestionPart): string | undefined {
  const at = part.words.indexOf('vilka');
  const kind = at < 0 ? undefined : part.topic.find((t) => t.word === part.words[at + 1] && t.known);
  // (Not a verb, "vilka omfattas?"; nor items that go by their names, bodies and companies: "Kommunfullmäktige", "Helägda bolag".)
  return !kind || kind.word.endsWith('as') || isCue(kind.word, [...bodyNouns, ...namedKinds]) ? undefined : kind.stem;
}

/**
 * A list asked for by a section whose sub-sections are its items ("Vilka perspektiv finns?"), or that announces the sections
 * after it as its items (itemsOf), each section found as a candidate: its opening sentence and the items. Its heading names
 * what is asked for ("Tre perspektiv i vår styrmodell"); a document's title over all its sections is no list. Sections that
 * follow are the items only of a list asked for by what they are ("Vilka perspektiv …?", not "Under vilket perspektiv …?").
 */
export function listedSections(found: PassageHit[], part: QuestionPart, knownShare: number, ctx: AnswerContext): Candidate[] {
  const kind = kindListed(part);
  const lists = found.slice(0, 3).flatMap((hit) => {
    const first = ctx.passages.sentences(hit.passage)[0];
    const { items, counted } = itemsOf(hit.passage, first?.text ?? '', ctx);
    if (counted && !(asksMany(part.words) && part.topic.some((w) => [w.stem, ...w.alternatives.map((a) => a.stem)].includes(stem(counted))))) return [];
    if (items.length < 2 || items.length > MAX_ITEMS || hit.headingCoverage === 0) return [];
    const namesKind = Boolean(kind && [hit.passage.section, ...items].some((t) => fold(t).includes(kind)));
    const opening = first ? excerpt(first, ctx.passages) : hit.passage.section;
    const text = `${opening} ${items.join('; ')}.`;
    const features = { ...emptyFeatures(), coverage: hit.coverage, ownCoverage: hit.headingCoverage, headingCoverage: hit.headingCoverage, fit: 1, coverageFit: hit.coverage, keyHit: 1, passageRank: 1 / (1 + hit.rank), sentencePosition: 1, knownShare, length: text.split(/\s+/).length / 100 };
    return [{ namesKind, candidate: { from: 'sentence', text, sources: [ctx.cite(hit.passage)], language: 'sv', coverage: hit.coverage, fit: 1, keyHit: true, score: rankScore(features), features, where: `sub-sections of ${hit.passage.section}`, via: 'passage' } satisfies Candidate }];
  });
  // ("Vilka perspektiv ska nämnderna använda …?": the sub-sections of "Ekonomistyrning" are not the list.)
  return lists.filter((l) => l.namesKind || !kind).map((l) => l.candidate);
}

/** A list asked for, and the best sentence announces it by its number: the items come with it (itemsOf). */
export function withItems(ranked: Candidate[], part: QuestionPart, ctx: AnswerContext): Candidate[] {
  const [best, ...rest] = ranked;
  if ((part.kind !== 'list' && part.kind !== 'contents') || best?.from !== 'sentence' || !best.at?.cues.numbers.length) return ranked;
  const { items } = itemsOf(best.at.passage, best.at.text, ctx);
  if (items.length < 2 || items.every((i) => best.text.includes(i))) return ranked;
  const text = `${best.text} ${items.join('; ')}.`;
  return text.length > maxExcerpt ? ranked : [{ ...best, text }, ...rest];
}

/** An item's name: what stands before its dash or colon ("- 3. Policy – uttrycker …" → "- 3. Policy"), or all of it. */
const nameOf = (item: string): string => /^(.{3,80}?)\s+[–—-]\s|^(.{3,80}?):\s/u.exec(item)?.slice(1).find(Boolean) ?? item;

/**
 * "Vilka typer av politiska styrdokument finns det?": a list asked for, and the best sentence is an item of a list in its
 * passage ("- 1. Kommunala föreskrifter – …"): all the passage's items answer, not the one or two that ranked best — the
 * items with what follows each while that fits, else each by its name, after the sentence that introduces them.
 */
export function wholeList(ranked: Candidate[], part: QuestionPart, ctx: AnswerContext): Candidate[] {
  const [best, ...rest] = ranked;
  if (part.kind !== 'list' || best?.from !== 'sentence' || !best.at?.cues.listItem) return ranked;
  const all = ctx.passages.sentences(best.at.passage);
  const items = all.filter((s) => s.cues.listItem);
  if (items.length < 3 || items.length > MAX_ITEMS || items.every((i) => best.text.includes(i.text))) return ranked;
  // (Not when the question names one of the items, "Vilka deltar i dialogen om delårsbokslutet?": that item is asked of.)
  const asked = new Set(part.topic.flatMap(termsOf));
  const names = (item: string) => {
    const stems = ctx.lexicon.analyzer.tokens(nameOf(item)).map((t) => t.stem).filter((st) => !/^\d+$/.test(st));
    return stems.length > 0 && stems.every((st) => asked.has(st));
  };
  if (items.some((i) => names(i.text))) return ranked;
  // (An item may go on in sentences of its own: "- 2. Budget – antas inför varje år … Förutom ekonomisk resursfördelning …".)
  const first = items[0].index;
  const intro = first > 0 && all[first - 1].cues.listIntro ? [all[first - 1].text] : [];
  const whole = [...intro, ...all.slice(first).map((s) => s.text)].join('\n');
  const text = whole.length <= maxExcerpt ? whole : [...intro, ...items.map((i) => nameOf(i.text))].join('\n');
  return text.length > maxExcerpt ? ranked : [{ ...best, text }, ...rest];
}
