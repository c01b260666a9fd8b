/**
 * Words a Swedish title does not end with: a line ending in one of them ("Bland annat beslutar
 * kommunfullmäktige om", "Ånge kommuns vision är") is the start of a sentence that goes on.
 */
const trailingFunctionWords = new Set(
  ('och eller samt men att som av i på för till med om från vid enligt inom mellan under efter inför utan mot genom hos ur åt per än ' +
    'en ett den det de dess deras sin sitt sina är var ska skall kan bör får måste har hade blir vara hela alla samtliga respektive ' +
    'varje vilka vilken vilket där när så dock även också sig vi man detta dessa denna både såväl').split(' '),
);

/**
 * Why a heading looks like a fragment of a sentence or of a figure rather than a title, in Swedish
 * for an editor; undefined when it looks like a real heading. Numbered questions ("1.2 Hur …?") are fine.
 */
export function headingProblem(heading: string): string | undefined {
  const text = heading.replace(/^\d{1,2}(\.\d{1,2})*\.?\s+/, '').trim();
  if (!text) return 'bara ett nummer';
  if (/^\p{Ll}/u.test(text)) return 'börjar med liten bokstav';
  if (/[,;:]$/.test(text)) return 'slutar med skiljetecken';
  if (/\.$/.test(text) && !/\b[A-ZÅÄÖ]{2,}\.$/.test(text)) return 'slutar med punkt, som en mening';
  if (text.endsWith('?')) return /^\d/.test(heading) ? undefined : 'en fråga utan nummer';
  const last = text.split(/\s+/).pop()!.toLowerCase();
  if (trailingFunctionWords.has(last)) return `slutar med "${last}"`;
  if (text.split(/\s+/).length > 16) return 'för lång för en rubrik';
  if (/\t/.test(text)) return 'innehåller tabulatorer (tabell eller figur)';
  return undefined;
}
