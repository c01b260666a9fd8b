import type { Agent } from 'node:https';
import type { DocumentStore } from '../../kernel/store/Collection';
import { NedbStore } from './embedded/NedbStore';

/** Which store to open (the `store` part of the app's configuration). */
export type StoreSettings = (
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'cosmos'; endpoint: string; key?: string; database: string; managedIdentityClientId?: string }
) & {
  /** Deadline of each store call, retries included (STORE_TIMEOUT_MS). */
  timeoutMs?: number;
};

/**
 * Opens the store the configuration asks for, with the named collections: embedded NeDB files or Azure Cosmos DB.
 * The Cosmos client (about 270 modules) is loaded only when the configuration names Cosmos.
 */
export async function openStore(settings: StoreSettings, collections: readonly string[], options: { agent?: Agent } = {}): Promise<DocumentStore> {
  switch (settings.kind) {
    case 'embedded':
      return NedbStore.open(settings.dataDir, collections, { timeoutMs: settings.timeoutMs });
    case 'cosmos': {
      const { CosmosStore } = await import('./cosmos/CosmosStore');
      return CosmosStore.open({ ...settings, collections, agent: options.agent });
    }
  }
}
