import type { ConversationRefRepository } from '../conversations/ConversationRefRepository';
import type { OrgRepository } from '../org/OrgRepository';
import type { Person } from '../org/orgSchema';

/** Teams shows a refreshed card to at most 60 listed users. */
export const maxRefreshUsers = 60;
/** How many people are looked up for it: one read of conversation references. */
const maxCandidates = 100;

/**
 * Teams user ids for a card's `refresh.userIds`: the user at hand, then the editors, then the viewers,
 * as far as they have a personal chat with the bot (its stored reference holds their Teams id).
 * Two reads whatever the number of people: the kommun's role holders (kept a while), then their references at once.
 */
export async function refreshUserIds(
  deps: { org: OrgRepository; refs: ConversationRefRepository },
  kommun: string,
  userId: string,
  who: { edits: (p: Person) => boolean; views: (p: Person) => boolean },
): Promise<string[]> {
  const people = await deps.org.listRoleHolders(kommun);
  const editors = people.filter(who.edits);
  const viewers = people.filter((p) => !who.edits(p) && who.views(p));
  const candidates = [...editors, ...viewers].flatMap((p) => (p.aadObjectId ? [p.aadObjectId] : [])).slice(0, maxCandidates);
  const refs = new Map((await deps.refs.personalOf(kommun, candidates)).map((r) => [r.aadObjectId, r]));
  const ids = new Set([userId]);
  for (const aad of candidates) {
    if (ids.size >= maxRefreshUsers) break;
    const teamsId = (refs.get(aad)?.reference.user as { id?: string } | undefined)?.id;
    if (teamsId) ids.add(teamsId);
  }
  return [...ids];
}
