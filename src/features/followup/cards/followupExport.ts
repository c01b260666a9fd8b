import { renderCard, type AdaptiveCardJson } from '../renderCard';

/** Typed data of cards/followupExport.json: signed download links per nämnd (and for all). */
export interface FollowupExportData {
  title: string;
  validity: string;
  scopes: { name: string; csv: string; xlsx: string }[];
}

export const renderFollowupExport = (data: FollowupExportData): AdaptiveCardJson => renderCard('followupExport', data);
