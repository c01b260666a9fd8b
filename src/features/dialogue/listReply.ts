import type { Session } from '../../kernel/turn/Session';
import type { Reply } from '../../kernel/turn/Turn';
import { swedishDay } from '../../shared/swedishTime';
import { inert } from '../../shared/text';
import { whenOf } from './cards/meetingCard';
import { listCard, type ListItem } from './cards/smallCards';
import { isParticipant, mayOrganise, organisableBodies } from './domain/dialogueAccess';
import type { DialogueMeeting } from './domain/DialogueMeeting';
import { meetingTitle } from './domain/MeetingContext';
import { refusals } from './refusals';
import type { DialogueServices } from './services';

/** Meetings listed at most: coming ones, and past ones (newest first). */
const maxUpcoming = 15;
const maxPast = 10;

/** `dialogmöten`: the person's coming meetings (as participant or organiser) and past ones, which open with their notes. */
export async function listReply(s: DialogueServices, session: Session): Promise<Reply> {
  const { person, kommun } = session;
  if (!person) return refusals.unknownPerson(s.packs.name(kommun));
  const now = s.clock();
  const year = Number(swedishDay(now).slice(0, 4));
  const years = [year - 1, year, year + 1];
  const [org, meetings, answers, notes] = await Promise.all([s.org.getStructure(kommun), s.repo.bookedIn(kommun, years), s.repo.responsesOf(kommun, person.id), s.repo.notesIn(kommun, years)]);
  if (!org) return refusals.noOrg;
  const pack = s.packs.get(kommun);
  const c = { pack, org };
  const mine = meetings.filter((m) => isParticipant(person, m) || mayOrganise(person, org, m.body));
  const answerOf = new Map(answers.map((r) => [r.meeting, r.answer]));
  const documented = new Set(notes.map((n) => n.meeting));
  const item = (m: DialogueMeeting, status: string): ListItem => {
    const place = typeof m.answers.place === 'string' ? inert(m.answers.place) : 'online';
    return { id: m.id, title: meetingTitle(c, m), line: `${whenOf(m)} · ${place}`, status };
  };
  const standing = (m: DialogueMeeting) => {
    if (m.cancelled) return 'Inställt.';
    if (!isParticipant(person, m)) return 'Du organiserar mötet.';
    const answer = answerOf.get(m.id);
    return answer === 'accepted' ? 'Du har tackat ja.' : answer === 'declined' ? 'Du har tackat nej.' : 'Du har inte svarat på inbjudan.';
  };
  const at = now.toISOString();
  const upcoming = mine.filter((m) => m.end >= at);
  const past = mine.filter((m) => m.end < at).reverse();
  const canBook = pack.dialogueTypes.length > 0 && organisableBodies(person, org).length > 0;
  const hidden = Math.max(0, upcoming.length - maxUpcoming) + Math.max(0, past.length - maxPast);
  return {
    card: listCard({
      intro: canBook ? 'Möten där du är inbjuden eller som du organiserar.' : 'Möten där du är inbjuden.',
      upcoming: upcoming.slice(0, maxUpcoming).map((m) => item(m, standing(m))),
      past: past.slice(0, maxPast).map((m) => item(m, m.cancelled ? 'Inställt.' : documented.has(m.id) ? 'Dokumenterat – öppna för anteckningarna.' : 'Inte dokumenterat ännu.')),
      more: hidden ? `… och ${hidden} möten till.` : null,
      canBook,
    }),
    summary: 'Dialogmöten',
  };
}
