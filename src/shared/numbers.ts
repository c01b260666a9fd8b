/** Numbers the Swedish way: "12 500", "-350,5", "3.5" and "−2" (typographic minus) are all accepted. */

/** The number in the text, or undefined when it is not one. */
export function parseSwedishNumber(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** A stored number as it goes back into an input: no thousands spaces, decimal comma ("12500,5"). */
export const numberForInput = (n: number): string => String(n).replace('.', ',');

const display = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** A number for reading: "12 500", "−350,5". */
export const formatNumber = (n: number): string => display.format(n);
