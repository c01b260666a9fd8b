import type { Server } from 'restify';
import type { Config } from './config';
import { createLogger, type Logger } from './logger';
import { PackRegistry } from './knowledge/PackRegistry';
import { openStore } from './store/openStore';
import type { DocumentStore } from './store/Collection';
import { createOrgRepository } from './domain/org/OrgRepository';
import { createConversationRefRepository } from './domain/conversations/ConversationRefRepository';
import { ConversationMemory } from './domain/conversations/rememberConversation';
import { createConversationSettings } from './domain/settings/ConversationSettings';
import { createAdapter } from './bot/createAdapter';
import { StyrBot } from './bot/StyrBot';
import { CommandRouter, type Command } from './bot/CommandRouter';
import { CardActionRouter } from './bot/CardActionRouter';
import { helpCommand } from './bot/handlers/help';
import { whoamiCommand } from './bot/handlers/whoami';
import { kommunCommand } from './bot/handlers/kommun';
import { runAction } from './bot/handlers/runAction';
import { askQuestion } from './bot/handlers/ask';
import { qaFeedbackAction } from './bot/handlers/qaFeedback';
import { cycleCommand, rolesCommand, unansweredCommand } from './bot/handlers/qaCommands';
import { QaService } from './domain/qa/QaService';
import { AzureOpenAiPhraser } from './integrations/AzureOpenAiPhraser';
import { RecentLookups } from './bot/RecentLookups';
import { createQuestionLog } from './domain/qa/QuestionLog';
import type { BotDeps } from './bot/BotDeps';
import { createFollowupServices } from './bot/handlers/followup/createFollowupServices';
import { deadlineCommand, followupActions, followupCommands } from './bot/handlers/followup/followupHandlers';
import { registerExportRoute } from './server/exportRoute';
import { createServer } from './server/createServer';
import type { InFlight } from './server/InFlight';

export interface App {
  config: Config;
  logger: Logger;
  store: DocumentStore;
  server: Server;
  inFlight: InFlight;
  deps: BotDeps;
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
}

/** The composition root: builds every part once and wires them together. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.log);
  const packs = overrides.packs ?? PackRegistry.load();
  if (!packs.has(config.defaultKommun)) {
    throw new Error(`DEFAULT_KOMMUN "${config.defaultKommun}" has no knowledge pack (known: ${packs.ids().join(', ')})`);
  }
  const store = overrides.store ?? (await openStore(config.store));
  const adapter = createAdapter(config, logger);
  const clock = overrides.clock ?? (() => new Date());
  const deps: BotDeps = {
    config,
    logger,
    packs,
    org: createOrgRepository(store),
    conversations: new ConversationMemory(createConversationRefRepository(store)),
    settings: createConversationSettings(store),
    qa: new QaService(packs, createQuestionLog(store), overrides.clock, config.openai && new AzureOpenAiPhraser(config.openai, logger)),
    recentLookups: new RecentLookups(),
    clock: overrides.clock ?? (() => new Date()),
    // `server` is read only when a link is made, long after it exists (it is declared below).
    followup: createFollowupServices({ config, store, adapter, logger, clock, boundPort: () => (server.address() as { port: number }).port }),
  };
  const commands: Command[] = [];
  const help = helpCommand(() => commands);
  commands.push(help, cycleCommand, rolesCommand, whoamiCommand, kommunCommand, unansweredCommand);
  commands.push(...followupCommands(askQuestion), deadlineCommand);
  const router = new CommandRouter(commands, askQuestion);
  const cardActions = new CardActionRouter([runAction(router), qaFeedbackAction, ...followupActions]);
  const bot = new StyrBot(deps, router, cardActions);
  const { server, inFlight } = createServer({
    adapter, bot, store, logger, bodyLimitBytes: config.bodyLimitBytes,
    routes: (s) => registerExportRoute(s, { links: deps.followup.links, packs, org: deps.org, reports: deps.followup.reports, deadlines: deps.followup.deadlines, logger, clock }),
  });

  return {
    config, logger, store, server, inFlight, deps,
    listen: () =>
      new Promise((resolve, reject) => {
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
      await store.close();
    },
  };
}
