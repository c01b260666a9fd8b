import { swedishDay } from '../../shared/swedishTime';
import type { Person } from '../../kernel/org/orgSchema';
import type { DialogueMeeting } from './domain/DialogueMeeting';
import { invitationDeliveries } from './domain/invitations';
import type { DialogueServices } from './services';

/**
 * Queues the invitations of a booked version to go out now (the dispatcher sends them within Teams'
 * limits) and says who cannot be reached yet: people who have never opened a chat with the bot.
 * Participants of the `previous` version that this one no longer has are told they are taken off.
 */
export async function invite(s: DialogueServices, kommun: string, meeting: DialogueMeeting, people: Person[], previous?: DialogueMeeting): Promise<{ invited: number; removed: number; unreachable: string[] }> {
  const now = s.clock();
  const still = new Set(meeting.participants.map((p) => p.id));
  const removed = previous?.state === 'submitted' ? previous.participants.filter((p) => !still.has(p.id)) : [];
  const deliveries = invitationDeliveries(meeting, people, swedishDay(now), now, removed);
  const aads = deliveries.flatMap((d) => (d.aadObjectId ? [d.aadObjectId] : []));
  const reachable = new Set((await s.refs.personalOf(kommun, aads)).map((r) => r.aadObjectId));
  await s.jobs.sendNow(kommun, deliveries);
  const unreachable = meeting.participants.filter((p) => !reachable.has(people.find((x) => x.id === p.id)?.aadObjectId)).map((p) => p.name);
  return { invited: meeting.participants.length, removed: removed.length, unreachable };
}
