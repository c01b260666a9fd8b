import { pseudonym, type Logger } from '../../shared/logger';
import { StoreUnavailableError } from '../../shared/errors';
import type { HttpRoute } from '../http/HttpRoute';
import type { Exporter } from './Exporter';
import type { SignedLinks } from './SignedLinks';
import { toCsv } from './toCsv';
import { toXlsx } from './toXlsx';

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

const fail = (status: number, error: string) => ({ status, json: { error } });

/**
 * GET /exports?t=<token>: the file of a signed link, made by the exporter it names. 403 when tampered
 * or no longer allowed, 410 when expired, 503 when the store is down. Every download is logged with the
 * pseudonym of the person the link was made for (it is a bearer link: anyone holding it can download).
 */
export function exportRoute(deps: { links: SignedLinks; exporters: Exporter[]; logger: Logger; clock: () => Date }): HttpRoute {
  const byName = new Map(deps.exporters.map((e) => [e.name, e]));
  return {
    method: 'GET',
    path: '/exports',
    async handle({ url }) {
      const verified = deps.links.verify(url.searchParams.get('t') ?? '');
      if (!verified.ok) return verified.reason === 'expired' ? fail(410, 'Länken har gått ut. Be om en ny export i Teams.') : fail(403, 'Ogiltig länk.');
      const { claim } = verified;
      const exporter = byName.get(claim.exporter);
      const params = exporter?.params.safeParse(claim.params);
      if (!exporter || !params?.success) return fail(404, 'Exporten finns inte.');
      let result: Awaited<ReturnType<Exporter['produce']>>;
      try {
        result = await exporter.produce(claim.kommun, params.data, claim.by);
      } catch (e) {
        if (!(e instanceof StoreUnavailableError)) throw e;
        return fail(503, 'Lagringen svarar inte just nu. Försök igen om en stund.');
      }
      if (!result.ok) return result.reason === 'forbidden' ? fail(403, 'Du har inte längre behörighet till den här exporten.') : fail(404, 'Exporten finns inte.');
      // A table exporter serves csv and xlsx, a calendar exporter ics, a document exporter json; any other pairing is a link that cannot be.
      const served = 'calendar' in result ? ['ics'] : 'json' in result ? ['json'] : ['csv', 'xlsx'];
      if (!served.includes(claim.format)) return fail(404, 'Exporten finns inte.');
      const file =
        'calendar' in result ? Buffer.from(result.calendar, 'utf8')
        : 'json' in result ? Buffer.from(JSON.stringify(result.json, null, 2), 'utf8')
        : claim.format === 'csv' ? toCsv(result.csv)
        : await toXlsx(result.sheets, { title: result.title, created: deps.clock() });
      deps.logger.info({ event: 'export_downloaded', exporter: claim.exporter, kommun: claim.kommun, format: claim.format, linkFor: pseudonym(claim.by), bytes: file.length }, 'export downloaded');
      return {
        status: 200,
        body: file,
        headers: {
          'content-type': contentTypes[claim.format],
          'content-disposition': `attachment; filename="${result.fileName}.${claim.format}"`,
          'cache-control': 'no-store',
        },
      };
    },
  };
}
