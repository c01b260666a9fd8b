import { renderCard, type AdaptiveCardJson } from '../cards/renderCard';

/** Typed data of cards/export/links.json: signed download links (CSV and Excel), one row per scope. */
export interface ExportData {
  title: string;
  validity: string;
  scopes: { name: string; csv: string; xlsx: string }[];
}

/** The card every feature's export answers with. */
export const exportCard = (data: ExportData): AdaptiveCardJson => renderCard('export/links', data);
