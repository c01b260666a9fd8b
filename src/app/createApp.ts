import type { Server } from 'restify';
import type { Feature } from '../kernel/Feature';
import { ConversationMemory } from '../kernel/conversations/rememberConversation';
import { exportRoute } from '../kernel/export/exportRoute';
import { dataProtectionPage } from '../kernel/retention/dataProtectionPage';
import { SignedLinks } from '../kernel/export/SignedLinks';
import { PackRegistry } from '../kernel/knowledge/PackRegistry';
import type { OrgRepository } from '../kernel/org/OrgRepository';
import type { DocumentStore } from '../kernel/store/Collection';
import { createServer } from '../platform/http/createServer';
import type { InFlight } from '../platform/http/InFlight';
import { openStore } from '../platform/store/openStore';
import { createAdapterSender, privateReply } from '../platform/teams/AdapterSender';
import { CardActionRouter } from '../platform/teams/CardActionRouter';
import { CommandRouter } from '../platform/teams/CommandRouter';
import { createAdapter } from '../platform/teams/createAdapter';
import { RecentLookups } from '../platform/teams/RecentLookups';
import { resolveSession } from '../platform/teams/resolveSession';
import { runAction } from '../platform/teams/runAction';
import { StyrBot } from '../platform/teams/StyrBot';
import { sharePointHost } from '../platform/teams/attachedFiles';
import { createLogger, type Logger } from '../shared/logger';
import type { Config } from './config';
import { appFeatures, collectionsOf } from './features';
import { startFeatures, type StartedFeatures } from './startFeatures';

export interface App {
  config: Config;
  /** The card verbs the app answers (tests press every one). */
  verbs: string[];
  logger: Logger;
  store: DocumentStore;
  server: Server;
  inFlight: InFlight;
  /** The organisation model (org imports, the local-mode sample). */
  org: OrgRepository;
  /** The kernel's services and the started features (jobs, deadlines …), for the scheduler process and tests. */
  started: StartedFeatures;
  /** Starts listening; resolves with the bound port. */
  listen(): Promise<number>;
  /** Stops accepting, waits for turns in flight (up to the shutdown timeout), closes the store. */
  stop(): Promise<void>;
}

export interface AppOverrides {
  logger?: Logger;
  store?: DocumentStore;
  packs?: PackRegistry;
  clock?: () => Date;
  features?: Feature[];
}

/** The composition root: builds the platform and the kernel's services once, then starts every feature on them. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.log);
  const packs = overrides.packs ?? PackRegistry.load();
  if (!packs.has(config.defaultKommun)) {
    throw new Error(`DEFAULT_KOMMUN "${config.defaultKommun}" has no knowledge pack (known: ${packs.ids().join(', ')})`);
  }
  const features = overrides.features ?? appFeatures(config);
  const store = overrides.store ?? (await openStore(config.store, collectionsOf(features)));
  const clock = overrides.clock ?? (() => new Date());
  const adapter = createAdapter(config.bot, logger);
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // `server` is read only when a link is made, long after it exists (it is declared below).
  const links = new SignedLinks(config.linkSigningSecret, () => config.publicBaseUrl ?? `http://${host}:${(server.address() as { port: number }).port}`, clock);
  const sender = createAdapterSender({ adapter, appId: config.bot.appId });
  const started = startFeatures({ config, logger, store, packs, clock, features, links, sender });
  const { context, parts, commands } = started;
  const fallback = parts.find((p) => p.fallback)?.fallback ?? (async () => undefined);
  // The audit trail of admin actions: every command and card action of an admin, except those that record their own.
  const router = new CommandRouter(commands, fallback, async (turn, command) => (command.audited ? undefined : context.audit.adminAction(turn.session, `command:${command.name}`)));
  const sessions = { ...context, conversations: new ConversationMemory(context.refs), recentLookups: new RecentLookups() };
  const actions = [runAction(router), ...parts.flatMap((p) => p.actions ?? [])];
  const selfAudited = new Set(actions.filter((a) => a.audited).map((a) => a.verb));
  // "run" is a button that types a command: the command is what gets recorded.
  const cardActions = new CardActionRouter(actions, async (turn, verb) => (verb === 'run' || selfAudited.has(verb) ? undefined : context.audit.adminAction(turn.session, `action:${verb}`)));
  const bot = new StyrBot({
    logger,
    allowedTenantIds: config.allowedTenantIds,
    resolveSession: (turnContext) => resolveSession(turnContext, sessions),
    commands: router,
    cardActions,
    onInstall: parts.flatMap((p) => (p.onInstall ? [p.onInstall] : [])),
    // Local mode (no authentication, never exposed) may also fetch files from this machine: the tests' stand-in for SharePoint.
    privately: privateReply(context.refs, sender),
    fileHosts: config.bot.authenticated ? sharePointHost : (url) => sharePointHost(url) || (url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname)),
  });
  const { server, inFlight } = createServer({
    adapter, bot, store, logger, authenticated: config.bot.authenticated, bodyLimitBytes: config.bodyLimitBytes, turnTimeoutMs: config.turnTimeoutMs,
    routes: [exportRoute({ links, exporters: parts.flatMap((p) => p.exporters ?? []), logger, clock }), dataProtectionPage()],
  });

  return {
    config, logger, store, server, inFlight, org: context.org, started, verbs: cardActions.verbs,
    listen: () =>
      new Promise((resolve, reject) => {
        if (config.jobs.scheduler === 'inprocess') started.scheduler.start();
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve((server.address() as { port: number }).port));
      }),
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      const drained = await inFlight.drained(config.shutdownTimeoutMs);
      if (!drained) logger.warn({ event: 'shutdown_timeout', inFlight: inFlight.size }, 'turns still in flight at shutdown');
      server.server.closeAllConnections();
      await closed;
      await started.scheduler.stop();
      await started.dispatcher.stop();
      await started.limiter.stop();
      await store.close();
    },
  };
}
