import type { NewDelivery } from '../../../kernel/jobs/Delivery';
import type { Person } from '../../../kernel/org/orgSchema';
import type { DialogueMeeting, Participant } from './DialogueMeeting';

/** The topic of invitation deliveries in the queue (composed by invitationTopic when they go out). */
export const invitationTopicName = 'dialogue.invitation';

/** What an invitation delivery carries: the meeting, the version of the booking it invites to, and whether it tells someone they were taken off. */
export interface InvitationData {
  meeting: string;
  version: number;
  removed?: boolean;
}

/**
 * One invitation per participant and version of the booking, with a deterministic id: pressing "Boka"
 * again after a lost reply queues nothing new, and a changed booking (a new version) invites again.
 * Those `removed` from the booking by this version are told so, once.
 */
export function invitationDeliveries(meeting: DialogueMeeting, people: Person[], today: string, now: Date, removed: Participant[] = []): NewDelivery[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const told = [...meeting.participants.map((p) => ({ p, removed: false })), ...removed.map((p) => ({ p, removed: true }))];
  return told.map(({ p, removed: off }) => {
    const data: InvitationData = { meeting: meeting.id, version: meeting.version, ...(off ? { removed: true } : {}) };
    return {
      id: `dialogue:${meeting.id}:${p.id}:v${meeting.version}${off ? ':removed' : ''}`,
      topic: invitationTopicName,
      person: p.id,
      aadObjectId: byId.get(p.id)?.aadObjectId,
      date: today,
      notBefore: now.toISOString(),
      window: 'any' as const,
      data: { ...data },
    };
  });
}
