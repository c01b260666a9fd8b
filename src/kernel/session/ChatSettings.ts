import type { DocumentStore } from '../../store/Collection';

/** Per team or chat settings an admin may change (today: which kommun's model the bot answers from). */
export interface ConversationSetting {
  /** Conversation id (a team's channel conversation or a chat). */
  id: string;
  /** Partition: the Entra tenant id of the conversation ("local" without one). */
  tenant: string;
  kommun: string;
  changedBy: string;
  changedAt: string;
}

export interface ConversationSettings {
  kommunFor(entraTenantId: string | undefined, conversationId: string): Promise<string | undefined>;
  setKommun(setting: ConversationSetting): Promise<void>;
}

export const settingsPartition = (entraTenantId: string | undefined) => entraTenantId ?? 'local';

export function createConversationSettings(store: DocumentStore): ConversationSettings {
  const settings = store.collection<ConversationSetting>('settings');
  return {
    kommunFor: async (tenantId, conversationId) => (await settings.get(settingsPartition(tenantId), conversationId))?.doc.kommun,
    setKommun: async (s) => void (await settings.upsert(s)),
  };
}
