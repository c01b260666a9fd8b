import type { Person } from '../org/orgSchema';

/** What a turn knows about who is talking, where, and for which kommun; built once per turn at the edge. */
export interface Session {
  /** Made by the server for this turn (never the client's activity id): ties the turn's log lines together. */
  correlationId: string;
  kommun: string;
  entraTenantId?: string;
  conversationId: string;
  scope: 'personal' | 'groupChat' | 'channel';
  /** The person in the organisation model, when known. */
  person?: Person;
  /** Channel user id (Teams "29:…"); in logs only through a pseudonym. */
  userId: string;
  aadObjectId?: string;
}
