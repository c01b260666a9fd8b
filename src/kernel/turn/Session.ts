import type { Person } from '../domain/org/orgSchema';

/** What a turn knows about who is talking, where, and for which kommun; built once per turn at the edge. */
export interface Session {
  correlationId: string;
  kommun: string;
  entraTenantId?: string;
  conversationId: string;
  scope: 'personal' | 'groupChat' | 'channel';
  /** The person in the organisation model, when known. */
  person?: Person;
  /** Channel user id (for logs only through a pseudonym). */
  userId: string;
  aadObjectId?: string;
}
