/** Another word a question word may stand for, as pack terms, and how much a match on it counts. */
export interface Alternative {
  stem: string;
  parts: string[];
  weight: number;
  via: 'alias' | 'governance' | 'english' | 'derived' | 'thesaurus' | 'spelling' | 'head';
}

/** How much each kind of alternative counts against the word itself (1). */
export const alternativeWeight = { alias: 0.95, governance: 0.9, english: 0.9, derived: 0.85, spelling: 0.85, thesaurus: 0.6, head: 0.45 } as const;
