import type { DocumentStore } from '../store/Collection';

/** What is needed to message someone later (a proactive reminder): a Bot Framework conversation reference. */
export interface StoredConversationRef {
  /** `user:<aadObjectId or channel user id>` for personal chats, `conv:<conversation id>` for teams/group chats. */
  id: string;
  tenant: string;
  scope: 'personal' | 'groupChat' | 'channel';
  aadObjectId?: string;
  entraTenantId?: string;
  /** Plain conversation reference (user, bot, conversation, channelId, serviceUrl, locale). */
  reference: Record<string, unknown>;
  /** Hash of the reference fields that matter; a write happens only when it changes. */
  fingerprint: string;
  updatedAt: string;
}

export interface ConversationRefRepository {
  get(kommun: string, id: string): Promise<StoredConversationRef | undefined>;
  save(ref: StoredConversationRef): Promise<void>;
  /** The personal-chat references of the people with these Entra object ids, in one read per 100 ids. */
  personalOf(kommun: string, aadObjectIds: string[]): Promise<StoredConversationRef[]>;
}

/** Id of a person's personal chat with the bot. */
export const personalRefId = (aadObjectId: string) => `user:${aadObjectId}`;

/** References live in the 'conversations' collection, partitioned by kommun. */
export function createConversationRefRepository(store: DocumentStore): ConversationRefRepository {
  const refs = store.collection<StoredConversationRef>('conversations');
  return {
    get: async (kommun, id) => (await refs.get(kommun, id))?.doc,
    save: async (ref) => void (await refs.upsert(ref)),
    async personalOf(kommun, aadObjectIds) {
      const ids = [...new Set(aadObjectIds)].map(personalRefId);
      const found: StoredConversationRef[] = [];
      for (let i = 0; i < ids.length; i += 100) found.push(...(await refs.find(kommun, { id: ids.slice(i, i + 100) })).map((v) => v.doc));
      return found;
    },
  };
}
