/** A kommun document read as markdown, ready to become a document of a new pack. */
export interface SourceDocument {
  title: string;
  markdown: string;
}
