import { Document, isMap, isSeq } from 'yaml';
import type { DraftedPack } from './draftPack';

/** Empty lists are the schema's defaults: leaving them out keeps the file short for the editor. */
function withoutEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !(Array.isArray(v) && v.length === 0)).map(([k, v]) => [k, withoutEmptyLists(v)]));
  }
  return value;
}

/**
 * pack.yaml of a drafted pack, with a header saying how it was made and, above every draft fact,
 * a comment quoting the sentence it was read from, so that the editor can check it in place.
 */
export function packYaml(draft: DraftedPack, made: string): string {
  const doc = new Document(withoutEmptyLists(draft.pack));
  doc.commentBefore = [
    ` Kunskapsbas för ${draft.pack.name} – utkast gjort av ${made}.`,
    ' Dokumenten finns i documents/*.md; varje rubrik där är ett avsnitt som fakta hänvisar till.',
    ' Fakta med "draft: true" är maskinläsningar av texten: kontrollera dem (npm run pack:check visar dem',
    ' med källmeningen) och ta bort raden "draft: true" när de stämmer. Perioder, risker och',
    ' uppföljningsformulär fylls i för hand.',
  ].join('\n');
  for (const key of Object.keys(draft.sentences) as (keyof DraftedPack['sentences'])[]) {
    const seq = doc.get(key, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      if (isMap(item)) item.commentBefore = ` Ur texten: ${draft.sentences[key][i].replace(/\s+/g, ' ')}`;
    });
  }
  return doc.toString({ lineWidth: 110 });
}
