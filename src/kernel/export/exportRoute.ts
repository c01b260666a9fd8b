import { pseudonym, type Logger } from '../../shared/logger';
import { StoreUnavailableError } from '../../shared/errors';
import type { HttpRoute } from '../http/HttpRoute';
import type { Exporter } from './Exporter';
import type { SignedLinks } from './SignedLinks';
import { Transform, type Readable } from 'node:stream';
import { csvStream } from './toCsv';
import { xlsxStream } from './toXlsx';

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
      const headers = {
        'content-type': contentTypes[claim.format],
        'content-disposition': `attachment; filename="${result.fileName}.${claim.format}"`,
        'cache-control': 'no-store',
      };
      const logged = (bytes: number) =>
        deps.logger.info({ event: 'export_downloaded', exporter: claim.exporter, kommun: claim.kommun, format: claim.format, linkFor: pseudonym(claim.by), bytes }, 'export downloaded');
      if ('calendar' in result || 'json' in result) {
        const body = Buffer.from('calendar' in result ? result.calendar : JSON.stringify(result.json, null, 2), 'utf8');
        logged(body.length);
        return { status: 200, body, headers };
      }
      // Tables are written as they are read, so a large kommun's export never sits whole in memory.
      const file = claim.format === 'csv' ? csvStream(result.csv) : xlsxStream(result.sheets, { title: result.title, created: deps.clock() });
      return { status: 200, stream: counted(file, logged), headers };
    },
  };
}

/** Passes the stream through and tells its length in bytes when it has all gone out. */
function counted(stream: Readable, done: (bytes: number) => void): Readable {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      bytes += chunk.length;
      next(null, chunk);
    },
    flush(next) {
      done(bytes);
      next();
    },
  });
  stream.once('error', (e) => counter.destroy(e));
  return stream.pipe(counter);
}
