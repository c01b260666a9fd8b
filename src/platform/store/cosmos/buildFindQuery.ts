import type { SqlQuerySpec } from '@azure/cosmos';
import type { Filter, QueryOptions, Scalar } from '../../../kernel/store/Collection';

/** Longest "one of" list in a filter; callers page longer lists. */
export const maxInValues = 100;

const fieldPattern = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * `a.b` → `c["a"]["b"]`. Only names matching the pattern get this far, so nothing can break out of
 * the quotes; the bracket form keeps names that are SQL keywords (`value`, `order`, `top`) valid.
 */
export function fieldPath(field: string): string {
  if (!fieldPattern.test(field)) throw new TypeError(`Ogiltigt fältnamn i frågan: ${JSON.stringify(field)}`);
  return 'c' + field.split('.').map((part) => `["${part}"]`).join('');
}

/**
 * The SQL for Collection.find: always scoped to the tenant in the WHERE clause (the partitionKey
 * request option alone is not enough: not every server honours it), values always as parameters.
 */
export function buildFindQuery(tenant: string, filter: Filter = {}, options: QueryOptions = {}): SqlQuerySpec {
  const parameters: { name: string; value: Scalar }[] = [{ name: '@tenant', value: tenant }];
  const where = ['c["tenant"] = @tenant'];
  Object.entries(filter).forEach(([field, value], i) => {
    if (!Array.isArray(value)) {
      where.push(`${fieldPath(field)} = @p${i}`);
      parameters.push({ name: `@p${i}`, value });
      return;
    }
    if (value.length === 0 || value.length > maxInValues) throw new RangeError(`Ogiltig lista i frågan: ${value.length} värden (1–${maxInValues})`);
    where.push(`${fieldPath(field)} IN (${value.map((_, j) => `@p${i}_${j}`).join(', ')})`);
    value.forEach((v, j) => parameters.push({ name: `@p${i}_${j}`, value: v }));
  });
  let top = '';
  if (options.limit !== undefined) {
    if (!Number.isInteger(options.limit) || options.limit < 0) throw new RangeError(`Ogiltig gräns: ${options.limit}`);
    top = 'TOP @limit ';
    parameters.push({ name: '@limit', value: options.limit });
  }
  let query = `SELECT ${top}* FROM c WHERE ${where.join(' AND ')}`;
  if (options.orderBy) query += ` ORDER BY ${fieldPath(options.orderBy.field)} ${options.orderBy.direction === 'desc' ? 'DESC' : 'ASC'}`;
  return { query, parameters };
}
