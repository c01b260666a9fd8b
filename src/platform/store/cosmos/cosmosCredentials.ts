import type { CosmosClientOptions } from '@azure/cosmos';

/**
 * Key auth when a key is given; otherwise Entra ID: the user-assigned managed identity named by its
 * client id, or DefaultAzureCredential (system identity in Azure, `az login` on a laptop).
 * @azure/identity is loaded only when needed: it is large and key-auth deployments never use it.
 */
export async function cosmosCredentials(options: { key?: string; managedIdentityClientId?: string }): Promise<Pick<CosmosClientOptions, 'key' | 'aadCredentials'>> {
  if (options.key) return { key: options.key };
  const identity = await import('@azure/identity');
  const aadCredentials = options.managedIdentityClientId
    ? new identity.ManagedIdentityCredential({ clientId: options.managedIdentityClientId })
    : new identity.DefaultAzureCredential();
  return { aadCredentials };
}
