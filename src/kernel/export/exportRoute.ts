import type { Server } from 'restify';
import type { PackRegistry } from '../knowledge/PackRegistry';
import type { Logger } from '../logger';
import { exportPeriod } from '../domain/followup/exportPeriod';
import type { FollowupRepository } from '../domain/followup/FollowupRepository';
import type { DeadlineRepository } from '../domain/followup/DeadlineRepository';
import type { OrgRepository } from '../domain/org/OrgRepository';
import { toCsv } from '../export/toCsv';
import { toXlsx } from '../export/toXlsx';
import type { ExportLinks } from './exportLinks';
import { StoreUnavailableError } from '../errors';

export interface ExportRouteDeps {
  links: ExportLinks;
  packs: PackRegistry;
  org: OrgRepository;
  reports: FollowupRepository;
  deadlines: DeadlineRepository;
  logger: Logger;
  clock: () => Date;
}

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** GET /exports?t=<token>: a signed link's file; 403 when tampered or no longer allowed, 410 when expired. */
export function registerExportRoute(server: Server, deps: ExportRouteDeps): void {
  server.get('/exports', async (req, res) => {
    const verified = deps.links.verify(new URL(req.url ?? '', 'http://localhost').searchParams.get('t') ?? '');
    if (!verified.ok) {
      const gone = verified.reason === 'expired';
      res.send(gone ? 410 : 403, { error: gone ? 'Länken har gått ut. Be om en ny export i Teams.' : 'Ogiltig länk.' });
      return;
    }
    const { claim } = verified;
    if (!deps.packs.has(claim.kommun)) {
      res.send(404, { error: 'Okänd kommun.' });
      return;
    }
    let result: Awaited<ReturnType<typeof exportPeriod>>;
    try {
      result = await exportPeriod(deps, deps.packs.get(claim.kommun), { period: claim.period, year: claim.year, body: claim.body, personId: claim.by });
    } catch (e) {
      if (!(e instanceof StoreUnavailableError)) throw e;
      res.send(503, { error: 'Lagringen svarar inte just nu. Försök igen om en stund.' });
      return;
    }
    if (!result.ok) {
      res.send(result.reason === 'forbidden' ? 403 : 404, { error: result.reason === 'forbidden' ? 'Du har inte längre behörighet till den här exporten.' : 'Perioden finns inte.' });
      return;
    }
    const name = ['uppfoljning', claim.kommun, claim.period, claim.year, claim.body].filter(Boolean).join('-');
    const file =
      claim.format === 'csv'
        ? toCsv(result.tables.answers)
        : await toXlsx([result.tables.units, result.tables.answers], { title: `${result.period.name} ${claim.year}`, created: deps.clock() });
    deps.logger.info({ event: 'export_downloaded', kommun: claim.kommun, period: claim.period, year: claim.year, format: claim.format, bytes: file.length }, 'export downloaded');
    res.sendRaw(200, file, {
      'content-type': contentTypes[claim.format],
      'content-disposition': `attachment; filename="${name}.${claim.format}"`,
      'cache-control': 'no-store',
    });
  });
}
