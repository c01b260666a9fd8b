import { saveVersioned } from '../../../kernel/forms/saveVersioned';
import type { Actor } from '../../../kernel/forms/VersionedRecord';
import type { Collection, Versioned } from '../../../kernel/store/Collection';
import { responseId, type DialogueResponse } from './DialogueMeeting';

/** A change of a participant's own response: the answer, or one more question. */
export type ResponseChange = { kind: 'answer'; answer: 'accepted' | 'declined' } | { kind: 'question'; text: string };

/**
 * Writes a participant's answer or question as a new version of their response (history kept). The
 * response is theirs alone, so a concurrent write (the same person on two devices) is simply applied
 * again on the newer version instead of being shown as a conflict.
 */
export async function saveResponse(records: Collection<DialogueResponse>, kommun: string, meeting: string, actor: Actor, change: ResponseChange, now: Date): Promise<Versioned<DialogueResponse>> {
  const id = responseId(meeting, actor.id);
  for (let attempt = 0; ; attempt++) {
    const current = await records.get(kommun, id);
    const result = await saveVersioned<DialogueResponse, never>(records, {
      tenant: kommun,
      id,
      etag: current?.etag ?? null,
      actor,
      now,
      apply(latest) {
        const before = latest?.doc;
        const questions = [...(before?.questions ?? []), ...(change.kind === 'question' ? [{ text: change.text, at: now.toISOString() }] : [])];
        const answer = change.kind === 'answer' ? change.answer : before?.answer;
        return {
          ok: true,
          action: change.kind === 'answer' ? change.answer : 'asked',
          changed: [change.kind === 'answer' ? 'answer' : 'questions'],
          body: { id, tenant: kommun, kind: 'dialogueResponse', meeting, person: actor.id, personName: actor.name, ...(answer ? { answer } : {}), questions },
        };
      },
    });
    if (result.outcome === 'saved') return result.record;
    if (result.outcome === 'conflict' && attempt < 3) continue;
    throw new Error(`response ${id} could not be saved: ${result.outcome}`);
  }
}
