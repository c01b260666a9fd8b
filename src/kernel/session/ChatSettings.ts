import type { DocumentStore } from '../store/Collection';

/** Per team or chat settings an admin may change (today: which kommun's model the bot answers from). */
export interface ChatSetting {
  /** settingKey: `user:<aadObjectId>` for a personal chat, else the conversation id. */
  id: string;
  /** Partition: the Entra tenant id of the conversation ("local" without one). */
  tenant: string;
  kommun: string;
  changedBy: string;
  changedAt: string;
}

export interface ChatSettings {
  kommunFor(entraTenantId: string | undefined, key: string): Promise<string | undefined>;
  setKommun(setting: ChatSetting): Promise<void>;
}

/**
 * Whose setting a turn reads and writes: a personal chat's belongs to its user (by Entra object id), a
 * team's or group chat's to the conversation.
 */
export function settingKey(at: { scope: 'personal' | 'groupChat' | 'channel'; aadObjectId?: string; userId: string; conversationId: string }): string {
  return at.scope === 'personal' ? `user:${at.aadObjectId ?? at.userId}` : at.conversationId;
}

/** The partition of a chat's settings: its Entra tenant. */
export const chatSettingsPartition = (entraTenantId: string | undefined) => entraTenantId ?? 'local';

/** Chat settings have a collection of their own: partitioned by Entra tenant, not by kommun. */
export function createChatSettings(store: DocumentStore): ChatSettings {
  const settings = store.collection<ChatSetting>('chatSettings');
  return {
    kommunFor: async (tenantId, key) => (await settings.get(chatSettingsPartition(tenantId), key))?.doc.kommun,
    setKommun: async (s) => void (await settings.upsert(s)),
  };
}
