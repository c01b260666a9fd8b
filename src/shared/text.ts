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
