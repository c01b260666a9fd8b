import type { DocumentStore } from '../../store/Collection';

/** What is needed to message someone later (a proactive reminder): a Bot Framework conversation reference. */
export interface StoredConversationRef {
  /** `user:<aadObjectId or channel user id>` for personal chats, `conv:<conversation id>` for teams/group chats. */
  id: string;
  tenant: string;
  scope: 'personal' | 'groupChat' | 'channel';
  aadObjectId?: string;
  entraTenantId?: string;
  /** Plain conversation reference (activityId, user, bot, conversation, channelId, serviceUrl, locale). */
  reference: Record<string, unknown>;
  /** Hash of the reference fields that matter; a write happens only when it changes. */
  fingerprint: string;
  updatedAt: string;
}

export interface ConversationRefRepository {
  get(kommun: string, id: string): Promise<StoredConversationRef | undefined>;
  save(ref: StoredConversationRef): Promise<void>;
  list(kommun: string, filter?: { scope?: StoredConversationRef['scope']; aadObjectId?: string }): Promise<StoredConversationRef[]>;
}

export function createConversationRefRepository(store: DocumentStore): ConversationRefRepository {
  const refs = store.collection<StoredConversationRef>('conversations');
  return {
    get: async (kommun, id) => (await refs.get(kommun, id))?.doc,
    save: async (ref) => void (await refs.upsert(ref)),
    list: async (kommun, filter = {}) =>
      (await refs.find(kommun, Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)))).map((v) => v.doc),
  };
}
