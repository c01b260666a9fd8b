import type { NewDelivery } from '../../../kernel/jobs/Delivery';
import type { Person } from '../../../kernel/org/orgSchema';
import type { DialogueMeeting } from './DialogueMeeting';

/** The topic of invitation deliveries in the queue (composed by invitationTopic when they go out). */
export const invitationTopicName = 'dialogue.invitation';

/** What an invitation delivery carries: the meeting and the version of the booking it invites to. */
export interface InvitationData {
  meeting: string;
  version: number;
}

/**
 * One invitation per participant and version of the booking, with a deterministic id: pressing "Boka"
 * again after a lost reply queues nothing new, and a changed booking (a new version) invites again.
 */
export function invitationDeliveries(meeting: DialogueMeeting, people: Person[], today: string, now: Date): NewDelivery[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return meeting.participants.map((p) => {
    const data: InvitationData = { meeting: meeting.id, version: meeting.version };
    return {
      id: `dialogue:${meeting.id}:${p.id}:v${meeting.version}`,
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
