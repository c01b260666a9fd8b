import type { DocumentStore } from '../store/Collection';

/** Per team or chat settings an admin may change (today: which kommun's model the bot answers from). */
export interface ChatSetting {
  /** Conversation id (a team's channel conversation or a chat). */
  id: string;
  /** Partition: the Entra tenant id of the conversation ("local" without one). */
  tenant: string;
  kommun: string;
  changedBy: string;
  changedAt: string;
}

export interface ChatSettings {
  kommunFor(entraTenantId: string | undefined, conversationId: string): Promise<string | undefined>;
  setKommun(setting: ChatSetting): Promise<void>;
}

/** The partition of a chat's settings: its Entra tenant. */
export const chatSettingsPartition = (entraTenantId: string | undefined) => entraTenantId ?? 'local';

/** Chat settings have a collection of their own: partitioned by Entra tenant, not by kommun. */
export function createChatSettings(store: DocumentStore): ChatSettings {
  const settings = store.collection<ChatSetting>('chatSettings');
  return {
    kommunFor: async (tenantId, conversationId) => (await settings.get(chatSettingsPartition(tenantId), conversationId))?.doc.kommun,
    setKommun: async (s) => void (await settings.upsert(s)),
  };
}
