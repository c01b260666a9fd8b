import type { Block } from './textBlocks';

/**
 * "Ånge kommuns vision är" on a line of its own, and the vision as the next paragraph (a quotation box in the
 * PDF): the paragraph is what the line announces, and is quoted after it ("… vision är: ”Vi är en plats …”").
 */
function quoteStatements(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const [b, next] = [blocks[i], blocks[i + 1]];
    if (b.kind === 'p' && next?.kind === 'p' && /\s(är|lyder)$/u.test(b.text) && b.text.split(/\s+/).length <= 8 && !/[”"]/.test(next.text)) {
      out.push({ kind: 'p', text: `${b.text}: ”${next.text}”` });
      i++;
    } else out.push(b);
  }
  return out;
}

/** The word a sentence opens with, when it has a definite or genitive ending, without it ("Modellens" → "modell"). */
const openingStems = (text: string): string[] => {
  const w = (text.match(/^\p{L}+/u)?.[0] ?? '').toLowerCase();
  return ['ens', 'ets', 'en', 'et', 'ns', 'n'].filter((e) => w.endsWith(e)).map((e) => w.slice(0, -e.length)).filter((x) => x.length >= 4);
};

/**
 * "### Resursfördelningsmodell" and, at the same level after it, "### Verksamheter volymer" opening "Modellens första
 * steg är …": a section whose text opens by naming the one before by its head ("modell") is a part of it, and so are
 * the sections after it up to the next heading above them (a PDF draws such parts no smaller than the whole).
 */
function nestParts(blocks: Block[]): Block[] {
  const out = blocks.map((b) => ({ ...b }));
  for (let i = 0; i < out.length; i++) {
    const whole = out[i];
    // (Markdown has six levels of heading: a part of a sixth-level section stays beside it.)
    if (whole.kind !== 'heading' || whole.level >= 6) continue;
    const j = out.findIndex((b, k) => k > i && b.kind === 'heading');
    const part = out[j];
    if (j < 0 || part.kind !== 'heading' || part.level !== whole.level) continue;
    const opening = out[j + 1];
    const head = whole.text.toLowerCase().split(/\s+/).pop() ?? '';
    if (opening?.kind !== 'p' || !openingStems(opening.text).some((stem) => head !== stem && head.endsWith(stem))) continue;
    for (let k = j; k < out.length; k++) {
      const b = out[k];
      if (b.kind !== 'heading') continue;
      if (b.level < whole.level) break;
      b.level = Math.min(6, b.level + 1);
    }
  }
  return out;
}

/** What the blocks say beyond their lines: statements quoted after what announces them, sections that are parts of the one before. */
export const readBlockStructure = (blocks: Block[]): Block[] => nestParts(quoteStatements(blocks));
