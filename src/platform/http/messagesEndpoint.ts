import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { errorFields, type Logger } from '../../shared/logger';
import { withDeadline } from '../../shared/withDeadline';
import { activitySchema, envelopeSchema } from '../teams/activitySchema';
import { authFailureStatus } from '../teams/authFailureStatus';
import { correlationIdKey } from '../teams/resolveSession';
import type { Authenticated, TeamsAdapter } from '../teams/TeamsAdapter';
import { BodyError, readBody } from './readBody';

export interface MessagesDeps {
  adapter: TeamsAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  /** Bot Framework JWT authentication is on: a request without a bearer token is refused before its body is read. */
  authenticated: boolean;
  bodyLimitBytes: number;
  /** Time from the request's arrival to its answer (Teams waits about 15 s for an invoke). */
  turnTimeoutMs: number;
}

/** What the endpoint answers: an HTTP status and a short JSON body; `pending` is a turn that goes on after the answer. */
export interface Answer {
  status: number;
  body?: unknown;
  pending?: Promise<unknown>;
}

const isJson = (type: string | undefined) => /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test((type ?? '').trim());

/** Said in an invoke response when the turn ran out of time; a save still under way is recognised when pressed again. */
const tooSlow = { statusCode: 503, type: 'application/vnd.microsoft.error', value: { code: 'timeout', message: 'Jag hann inte svara i tid. Försök igen om en stund.' } };

class KeyDiscoveryTimeout extends Error {
  override readonly name = 'KeyDiscoveryTimeout';
}

/** JSON.parse of UTF-8 bytes; undefined when they are not valid UTF-8 or not JSON. */
function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return undefined;
  }
}

/**
 * POST /api/messages, in the order that parses the least before authentication: JSON only (415),
 * a bearer token when authentication is on (401, before the body is read), the body with a limit on its
 * decoded size (413), JSON (400), the token checked against the activity's channel and service URL (401,
 * or 503 when the signing keys cannot be fetched), the activity's shape (400), then the turn, answered
 * within `turnTimeoutMs`. Every refusal is one JSON log line with a server-made correlation id; no
 * response ever carries an error's text.
 */
export function messagesEndpoint(deps: MessagesDeps) {
  const { logger } = deps;
  const refuse = (correlationId: string, status: number, error: string, reason: string, extra: Record<string, unknown> = {}): Answer => {
    logger.warn({ event: 'http_refused', correlationId, status, reason, ...extra }, 'request refused');
    return { status, body: { error } };
  };

  return async (req: IncomingMessage): Promise<Answer> => {
    const started = Date.now();
    const correlationId = randomUUID();
    if (!isJson(req.headers['content-type'])) return refuse(correlationId, 415, 'unsupported_media_type', 'content_type');
    const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    if (deps.authenticated && !/^Bearer [^\s]+$/.test(authHeader)) return refuse(correlationId, 401, 'unauthorized', 'no_token');

    let raw: Buffer;
    try {
      raw = await readBody(req, deps.bodyLimitBytes);
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      return refuse(correlationId, e.status, e.status === 413 ? 'too_large' : e.status === 415 ? 'unsupported_media_type' : 'bad_request', e.reason);
    }
    const json = parseJson(raw);
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) return refuse(correlationId, 400, 'bad_request', json === undefined ? 'invalid_json' : 'no_activity');

    const remaining = () => Math.max(0, deps.turnTimeoutMs - (Date.now() - started));
    let authenticated: Authenticated;
    try {
      authenticated = await withDeadline(remaining(), () => deps.adapter.authenticate(envelope.data, authHeader), () => new KeyDiscoveryTimeout('key discovery timed out'));
    } catch (e) {
      const status = authFailureStatus(e);
      return refuse(correlationId, status, status === 401 ? 'unauthorized' : 'unavailable', status === 401 ? 'token_rejected' : 'key_discovery_failed', { err: errorFields(e) });
    }
    const checked = activitySchema.safeParse(json);
    if (!checked.success) {
      const fields = [...new Set(checked.error.issues.map((i) => i.path.join('.') || '(root)'))].slice(0, 10);
      return refuse(correlationId, 400, 'bad_request', 'invalid_activity', { fields, type: typeof envelope.data.type === 'string' ? envelope.data.type.slice(0, 32) : undefined });
    }

    const activity = checked.data;
    const turn = deps.adapter.runTurn(authenticated, activity, (context) => {
      context.turnState.set(correlationIdKey, correlationId);
      return deps.bot.run(context);
    });
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      turn.then((response) => ({ kind: 'done' as const, response }), (error: unknown) => ({ kind: 'failed' as const, error })),
      new Promise<{ kind: 'late' }>((resolve) => (timer = setTimeout(() => resolve({ kind: 'late' }), remaining()))),
    ]).finally(() => clearTimeout(timer));
    if (outcome.kind === 'done') return { status: outcome.response?.status ?? 200, body: outcome.response?.body };
    if (outcome.kind === 'failed') {
      logger.error({ event: 'turn_failed', correlationId, type: activity.type, name: activity.name, err: errorFields(outcome.error, logger.isLevelEnabled('debug')) }, 'turn failed outside the turn error handler');
      return { status: 500, body: { error: 'internal' } };
    }
    logger.warn({ event: 'turn_late', correlationId, type: activity.type, name: activity.name, ms: Date.now() - started }, 'turn answered before it finished');
    const pending = turn.catch((error: unknown) => logger.error({ event: 'turn_failed', correlationId, err: errorFields(error) }, 'late turn failed'));
    return { status: 200, body: activity.type === 'invoke' ? tooSlow : undefined, pending };
  };
}
