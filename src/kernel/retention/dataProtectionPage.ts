import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../shared/projectRoot';
import type { HttpRoute } from '../http/HttpRoute';

/** The data-protection page (docs/dataskydd.md). */
export const dataProtectionFile = join(projectRoot, 'docs', 'dataskydd.md');

/**
 * GET /dataskydd: the data-protection page as text, so the welcome card and the Teams app's privacy
 * link point at what this deployment stores, why and for how long. Read once, at start-up.
 */
export function dataProtectionPage(): HttpRoute {
  const body = readFileSync(dataProtectionFile);
  return {
    method: 'GET',
    path: '/dataskydd',
    handle: async () => ({ status: 200, body, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' } }),
  };
}
