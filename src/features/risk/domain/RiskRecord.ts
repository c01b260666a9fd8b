import type { FormRecord } from '../../../kernel/forms/FormRecord';
import type { SourceRef } from '../../../kernel/knowledge/packSchema';

/** A reference to one risk of an owner's register for a year; `risk` is its own id within the register. */
export interface RiskRef {
  owner: string;
  year: number;
  risk: string;
}

/**
 * One risk of a risk- och väsentlighetsanalys, stored in 'risks' (partition: kommun) with its version
 * history. The risk value is computed here, never taken from the card.
 */
export interface RiskRecord extends FormRecord {
  kind: 'risk';
  owner: string;
  year: number;
  risk: string;
  title: string;
  category?: string;
  likelihood?: number;
  consequence?: number;
  /** sannolikhet × konsekvens; or the published value when only that is known. */
  value?: number;
  /** A value published by the kommun whose likelihood and consequence were not published: never invented. */
  published?: { value: number; source: SourceRef };
  removed?: boolean;
}

export const riskId = (ref: RiskRef) => `risk:${ref.owner}:${ref.year}:${ref.risk}`;

/** Field keys of the risk form. */
export const riskFields = { title: 'title', description: 'description', category: 'category', likelihood: 'likelihood', consequence: 'consequence', controls: 'controls', riskOwner: 'riskOwner' } as const;
