import { z } from 'zod';

/** Lower-cases and removes diacritics: "Omvärldsdagen" → "omvarldsdagen". The one folding of the whole app. */
export const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Folded, with runs of whitespace made one space and the ends trimmed (for comparing names). */
export const foldName = (s: string): string => fold(s).replace(/\s+/g, ' ').trim();

/** The text cut to at most `max` characters at a word boundary, with " …" when something was cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 2).replace(/\s+\S*$/, '')} …`;
}

/** Ids of things in the organisation and in card data: letters, digits, ".", "_" or "-", starting with a letter or digit. */
export const idPattern = /^[a-z0-9][a-z0-9._-]*$/i;

/** The zod schema of such an id (at most 100 characters), for card data, links and files. */
export const idSchema = z.string().regex(idPattern, 'id with letters, digits, ".", "_" or "-"').max(100);

/** "a, b och c" */
export function joinList(items: string[], and = 'och'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** C0 control characters other than tab and newline, and DEL. */
const controls = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
/** A high surrogate without its low half, or a low one without its high half. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text from a user as it may be stored: Unicode NFC, CR LF as LF, no control characters but tab and
 * newline. Undefined when the text holds a broken character (an unpaired surrogate) that cannot be kept.
 */
export function cleanText(text: string): string | undefined {
  if (loneSurrogate.test(text)) return undefined;
  return text.replace(/\r\n?/g, '\n').replace(controls, '').normalize('NFC');
}

/**
 * Text on its way out (a CSV or Excel cell, a log line) that cannot be refused any more: the same
 * control characters removed, and a broken character shown as "�" instead of breaking the file.
 */
export function printable(text: string): string {
  return text.replace(controls, '').replace(new RegExp(loneSurrogate.source, 'g'), '\uFFFD');
}

/** Markdown (CommonMark, as Teams renders messages and TextBlocks) that links, emphasises, quotes or makes HTML. */
const markdownSyntax = /[\\`*_~[\]<>#|&]/g;

/**
 * Untrusted text (typed by a user, or read back from what users typed) made inert for a Teams message
 * or an Adaptive Card TextBlock: it reads the same, but no link, image, emphasis, heading, list, mention
 * or HTML tag comes out of it. Markdown syntax gets CommonMark backslash escapes; a bare address
 * ("https://…", "www.…"), which Teams would make a live link, gets a zero-width space after its scheme.
 */
export function inert(text: string): string {
  return text
    .replace(markdownSyntax, (c) => `\\${c}`)
    .replace(/^(\s*)([-+]|\d+(?=[.)]))([.)]?)(?=\s|$)/gm, (_m, indent: string, marker: string, dot: string) => (dot ? `${indent}${marker}\\${dot}` : `${indent}\\${marker}`))
    .replace(/:\/\//g, ':\u200B//')
    .replace(/\b(www)\./gi, '$1\u200B.');
}

/**
 * JSON from a client (card data) with every string in it cleaned like free text (see cleanText), keys
 * included. Undefined when a string holds a broken character or the value nests deeper than `maxDepth`.
 */
export function cleanJson(value: unknown, maxDepth = 8): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (value === null || typeof value !== 'object') return value;
  if (maxDepth <= 0) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => cleanJson(v, maxDepth - 1));
    return items.some((v, i) => v === undefined && value[i] !== undefined) ? undefined : items;
  }
  const entries: [string, unknown][] = [];
  for (const [k, v] of Object.entries(value)) {
    const key = cleanText(k);
    const clean = cleanJson(v, maxDepth - 1);
    if (key === undefined || (clean === undefined && v !== undefined)) return undefined;
    entries.push([key, clean]);
  }
  return Object.fromEntries(entries);
}

/** Whether the text names the item: its id or name, folded, with or without a trailing "(…)" ("socialnämnden" names "Socialnämnden (exempel)"). */
export const namesItem = (x: { id: string; name: string }, text: string): boolean => {
  const wanted = foldName(text);
  return foldName(x.id) === wanted || foldName(x.name) === wanted || foldName(x.name.replace(/\s*\(.*\)$/, '')) === wanted;
};

/** The item whose id or name is the text (see namesItem). */
export function byIdOrName<T extends { id: string; name: string }>(items: T[], text: string): T | undefined {
  return items.find((x) => namesItem(x, text));
}
