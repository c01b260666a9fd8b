import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackRegistry } from '../../src/kernel/knowledge/PackRegistry';
import { importOrg } from '../../src/kernel/org/importOrg';
import { parseOrgFile } from '../../src/kernel/org/parseOrgFile';
import type { App, AppOverrides } from '../../src/app/createApp';
import { createFollowupRepository, type FollowupRepository } from '../../src/features/followup/domain/FollowupRepository';
import { cardAction, message, type Who } from './activities';
import { ConnectorStub } from './connectorStub';
import { post, startTestApp } from './testApp';

const fixtures = join(__dirname, '..', 'fixtures', 'followup');
export const followupPacks = PackRegistry.load(join(fixtures, 'knowledge'));
export const followupOrg = parseOrgFile(readFileSync(join(fixtures, 'org.yaml'), 'utf8'), 'yaml');

/** A Teams user of the fixture organisation (`aad-<id>`, Teams id `29:<id>`). */
export const who = (id: string): Who => ({ id: `29:${id}`, aadObjectId: `aad-${id}`, name: id });

/** An invoke response as Teams gets it in the HTTP body. */
export interface InvokeBody {
  statusCode: number;
  type: string;
  value: any;
}

export interface FollowupTestApp {
  app: App;
  url: string;
  connector: ConnectorStub;
  /** The follow-up reports as stored (to check what was written). */
  reports: FollowupRepository;
  /** Presses a card button (Action.Execute) and returns the invoke response. */
  invoke(user: Who, verb: string, data: Record<string, unknown>): Promise<InvokeBody>;
  /** Writes a message and returns the bot's first reply. */
  say(user: Who, text: string): Promise<{ text?: string; card?: any }>;
  stop(): Promise<void>;
}

/** The real app on a random port with the fixture kommun "provkommun" and its organisation. */
export async function startFollowupApp(overrides: AppOverrides = {}, env: Record<string, string> = {}): Promise<FollowupTestApp> {
  const connector = await new ConnectorStub().start();
  const { app, url } = await startTestApp({ DEFAULT_KOMMUN: 'provkommun', ...env }, { packs: followupPacks, ...overrides });
  // (A failed import stops what was started, so a caller may try again.)
  await importOrg(app.org, followupOrg).catch(async (e: unknown) => {
    await app.stop();
    await connector.stop();
    throw e;
  });
  return {
    app,
    url,
    connector,
    reports: createFollowupRepository(app.store),
    async invoke(user, verb, data) {
      const res = await post(url, cardAction(connector.url, user, verb, data));
      if (res.status !== 200) throw new Error(`invoke ${verb} answered HTTP ${res.status}`);
      return res.body as InvokeBody;
    },
    async say(user, text) {
      const before = connector.sent.length;
      await post(url, message(connector.url, user, text));
      await connector.waitFor(before + 1);
      const activity = connector.sent[before].activity;
      return { text: activity.text, card: activity.attachments?.[0]?.content };
    },
    async stop() {
      await app.stop();
      await connector.stop();
    },
  };
}
