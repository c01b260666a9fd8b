import { renderCard, type AdaptiveCardJson } from '../cards/renderCard';
import { formatDateTime } from '../../shared/swedishTime';

/** Typed data of cards/export/links.json: signed download links (CSV and Excel), one row per scope. */
export interface ExportData {
  title: string;
  validity: string;
  scopes: { name: string; csv: string; xlsx: string }[];
}

/** The card every feature's export answers with. */
export const exportCard = (data: ExportData): AdaptiveCardJson => renderCard('export/links', data);

/**
 * What is true of a signed link: it is a bearer link (like a SAS link), so anyone holding it can download
 * until it expires; only the person it was made for is checked, when it is made and when it is used.
 */
export function linkValidity(expiresAt: Date | string, count: 1 | 2 = 2, minutes = 15): string {
  const them = count === 1 ? 'Länken gäller' : 'Länkarna gäller';
  return `${them} till ${formatDateTime(expiresAt)} (${minutes} minuter). Dela ${count === 1 ? 'den' : 'dem'} inte: den som har länken kan ladda ner filen så länge den gäller.`;
}
