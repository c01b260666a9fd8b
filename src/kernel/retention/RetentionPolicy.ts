import { AppError } from '../../shared/errors';
import { undeclared, type RetentionRule } from './RetentionRule';

/** The retention rules do not fit the collections or the configuration (a bug or a bad RETENTION_DAYS). */
export class RetentionConfigError extends AppError {
  constructor(message: string) {
    super('retention_config', message);
  }
}

/**
 * The rule of every collection the app keeps: the kernel's and each feature's declarations, with the
 * days of expiring collections changed by RETENTION_DAYS. A collection nobody declared is kept as a
 * public record (never deleted) until its feature says otherwise.
 */
export class RetentionPolicy {
  readonly rules: readonly RetentionRule[];
  private readonly byCollection: Map<string, RetentionRule>;

  constructor(declared: readonly RetentionRule[], collections: readonly string[], days: Record<string, number> = {}) {
    const problems: string[] = [];
    const known = new Set(collections);
    const seen = new Set<string>();
    for (const r of declared) {
      if (!known.has(r.collection)) problems.push(`${r.collection}: a retention rule for a collection the app does not open`);
      if (seen.has(r.collection)) problems.push(`${r.collection}: two retention rules`);
      seen.add(r.collection);
    }
    for (const [collection, d] of Object.entries(days)) {
      const rule = declared.find((r) => r.collection === collection);
      if (rule?.keep !== 'days') problems.push(`RETENTION_DAYS: ${collection} ${rule ? (rule.keep === 'record' ? 'is a public record (allmän handling), kept' : 'is kept while used') : 'is no collection'}; only expiring collections take days (${declared.filter((r) => r.keep === 'days').map((r) => r.collection).join(', ')})`);
      if (!(d >= 1)) problems.push(`RETENTION_DAYS: ${collection} needs at least 1 day`);
    }
    if (problems.length) throw new RetentionConfigError(problems.join('\n'));
    this.rules = collections.map((c) => {
      const rule = declared.find((r) => r.collection === c) ?? undeclared(c);
      return rule.keep === 'days' && days[c] ? { ...rule, days: days[c] } : rule;
    });
    this.byCollection = new Map(this.rules.map((r) => [r.collection, r]));
  }

  rule(collection: string): RetentionRule {
    return this.byCollection.get(collection) ?? undeclared(collection);
  }

  /** Collections whose documents are public records: kept, never deleted or changed by the bot. */
  get publicRecords(): string[] {
    return this.rules.filter((r) => r.keep === 'record').map((r) => r.collection);
  }
}
