import type { Agent } from 'node:https';
import type { Config } from '../config';
import type { DocumentStore } from './Collection';
import { CosmosStore } from './cosmos/CosmosStore';
import { NedbStore } from './embedded/NedbStore';

/** Opens the store the configuration asks for: embedded NeDB files or Azure Cosmos DB. */
export async function openStore(config: Config['store'], options: { agent?: Agent } = {}): Promise<DocumentStore> {
  switch (config.kind) {
    case 'embedded':
      return NedbStore.open(config.dataDir);
    case 'cosmos':
      return CosmosStore.open({ ...config, agent: options.agent });
  }
}
