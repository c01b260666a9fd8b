import type { PackDocument } from '../packSchema';
import type { SourceDocument } from './SourceDocument';

/**
 * The pack's `documents` entry of a source document: title, file, and what its front matter states
 * ("Diarienummer KS 22/327", "Antagen av kommunfullmäktige 2025-03-24").
 */
export function documentEntry(doc: SourceDocument, id: string, publisher: string): PackDocument {
  const front = doc.markdown.split('\n').slice(0, 40).join('\n');
  const diarienummer = /(?:diarienummer|diarienr|dnr)[:.]?\s+([A-ZÅÄÖ]{1,6}\s?\d{2,4}\/\d{1,5}(?:[-:]\d+)?)/i.exec(front)?.[1];
  const year = /(?:antagen|antaget|fastställd|fastställt|beslutad|beslutat)\b[^\n]{0,60}?\b((?:19|20)\d\d)\b/i.exec(front)?.[1];
  return {
    id,
    title: doc.title,
    file: `${id}.md`,
    ...(year ? { year: Number(year) } : {}),
    ...(diarienummer ? { diarienummer } : {}),
    publisher,
    kind: /styrmodell|styrs\s|styrning/i.test(doc.title) ? 'styrmodell' : 'inläst dokument',
  };
}
