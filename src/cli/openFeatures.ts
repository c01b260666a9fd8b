import pino from 'pino';
import type { Config } from '../app/config';
import { appFeatures, collectionsOf } from '../app/features';
import { startFeatures, type StartedFeatures } from '../app/startFeatures';
import { SignedLinks } from '../kernel/export/SignedLinks';
import { PackRegistry } from '../kernel/knowledge/PackRegistry';
import type { DocumentStore } from '../kernel/store/Collection';
import { StoreUnavailableError } from '../shared/errors';
import { openStore } from '../platform/store/openStore';

/**
 * The features started on the configured store for a command-line tool: nothing listens and nothing is
 * sent (the sender refuses). On the embedded store the bot must be stopped first: one process at a time.
 */
export async function openFeatures(config: Config, storeConfig: Config['store'] = config.store): Promise<{ store: DocumentStore; started: StartedFeatures; packs: PackRegistry }> {
  const features = appFeatures(config);
  let store: DocumentStore;
  try {
    store = await openStore(storeConfig, collectionsOf(features));
  } catch (e) {
    if (e instanceof StoreUnavailableError && storeConfig.kind === 'embedded') {
      throw new Error(`Datakatalogen ${storeConfig.dataDir} används av en annan process (boten?). Stoppa den och försök igen. / The data directory is in use by another process (the bot?).`);
    }
    throw e;
  }
  const packs = PackRegistry.load();
  const started = startFeatures({
    config,
    logger: pino({ level: 'silent' }),
    store,
    packs,
    clock: () => new Date(),
    features,
    links: new SignedLinks(undefined, () => 'http://localhost', () => new Date()),
    sender: { send: async () => ({ outcome: 'failed' }) },
  });
  return { store, started, packs };
}
