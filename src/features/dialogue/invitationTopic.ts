import type { DeliveryTopic } from '../../kernel/jobs/Dispatcher';
import type { NotifyMessage } from '../../kernel/notify/Notifier';
import { swedishDay } from '../../shared/swedishTime';
import { meetingCard, whenOf } from './cards/meetingCard';
import { isParticipant } from './domain/dialogueAccess';
import type { InvitationData } from './domain/invitations';
import { invitationTopicName } from './domain/invitations';
import { meetingTitle, type MeetingContext } from './domain/MeetingContext';
import type { DialogueServices } from './services';

/**
 * Composes invitations when they go out, from the booking as it is then: an invitation to a version
 * that has since been changed (its own invitation follows) or to someone no longer invited is skipped.
 * A cancelled meeting's last version tells the participants it is off; someone a changed booking took
 * off the list gets a line saying so.
 */
export function invitationTopic(s: DialogueServices): DeliveryTopic {
  return {
    topic: invitationTopicName,
    async compose(kommun, groups) {
      const [org, people] = await Promise.all([s.org.getStructure(kommun), s.org.listPeople(kommun)]);
      if (!org || !s.packs.has(kommun)) return groups.map(() => undefined);
      const loads = new Map<string, ReturnType<typeof s.repo.load>>();
      const now = s.clock();
      return Promise.all(
        groups.map(async (g): Promise<NotifyMessage | undefined> => {
          const data = g.deliveries[0].data as unknown as InvitationData;
          if (!loads.has(data.meeting)) loads.set(data.meeting, s.repo.load(kommun, data.meeting));
          const loaded = await loads.get(data.meeting)!;
          const m = loaded.meeting?.doc;
          const person = people.find((p) => p.id === g.person);
          if (!m || !person || m.state !== 'submitted' || m.version !== data.version || now.toISOString() >= m.end) return undefined;
          const c: MeetingContext = { kommun, id: m.id, person, now, today: swedishDay(now), pack: s.packs.get(kommun), org, people, ...loaded };
          if (data.removed) return isParticipant(person, m) ? undefined : { text: `Du är inte längre inbjuden till ${meetingTitle(c, m)}, ${whenOf(m)}. Bokningen ändrades av ${m.updatedByName}.` };
          if (!isParticipant(person, m)) return undefined;
          const heading = m.cancelled ? 'Inställt dialogmöte' : m.version === 1 ? 'Inbjudan till dialogmöte' : 'Ändrad bokning av dialogmöte';
          return { text: `${heading}: ${meetingTitle(c, m)}, ${whenOf(m)}`, card: meetingCard(c, { heading }) };
        }),
      );
    },
  };
}
