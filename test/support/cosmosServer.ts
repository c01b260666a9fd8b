import cosmosServer from '@vercel/cosmosdb-server';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';

/** The Cosmos DB emulator's published key; the in-process server accepts any key, this one looks familiar. */
export const emulatorKey = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface CosmosTestServer {
  endpoint: string;
  key: string;
  /** Trusts the server's self-signed certificate, for this client only. */
  agent: Agent;
  close(): Promise<void>;
}

/**
 * An in-memory Cosmos DB (@vercel/cosmosdb-server) on a random local port. It has no TTL, change feed,
 * GROUP BY, batches or persistence, and ignores the partitionKey option of queries.
 */
export async function startCosmosServer(): Promise<CosmosTestServer> {
  const server = cosmosServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ rejectUnauthorized: false, keepAlive: true });
  return {
    endpoint: `https://127.0.0.1:${port}`,
    key: emulatorKey,
    agent,
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
