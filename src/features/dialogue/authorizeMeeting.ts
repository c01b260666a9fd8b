import type { Authorized } from '../../kernel/forms/FormWorkflow';
import type { Session } from '../../kernel/turn/Session';
import { swedishDay } from '../../shared/swedishTime';
import { isParticipant, mayOrganise, maySee, organisableBodies } from './domain/dialogueAccess';
import type { MeetingContext } from './domain/MeetingContext';
import { refusals } from './refusals';
import type { DialogueServices } from './services';

/**
 * What the press wants to do: look (participants and organisers), book or change a booking and
 * document (organisers), answer the invitation and send questions (participants).
 */
export type MeetingAccess = 'view' | 'book' | 'document' | 'respond';

const no = (status: 403 | 404, message: string): Authorized<MeetingContext> => ({ ok: false, status, message });

/**
 * Loads a meeting with its notes and answers, the organisation and the person, and checks the person's
 * right to it: run on EVERY action, whatever buttons the card showed, since card data can be replayed or forged.
 */
export async function authorizeMeeting(s: DialogueServices, session: Session, id: string, access: MeetingAccess): Promise<Authorized<MeetingContext>> {
  const { person, kommun } = session;
  if (!person) return no(403, refusals.unknownPerson(s.packs.name(kommun)));
  const [org, people, loaded] = await Promise.all([s.org.getStructure(kommun), s.org.listPeople(kommun), s.repo.load(kommun, id)]);
  if (!org) return no(404, refusals.noOrg);
  const now = s.clock();
  const pack = s.packs.get(kommun);
  const context: MeetingContext = { kommun, id, person, now, today: swedishDay(now), pack, org, people, ...loaded };
  const m = loaded.meeting?.doc;
  if (access === 'book') {
    if (!m) {
      if (pack.dialogueTypes.length === 0) return no(404, refusals.noTypes(s.packs.name(kommun)));
      return organisableBodies(person, org).length ? { ok: true, context } : no(403, refusals.cannotBook);
    }
    if (!mayOrganise(person, org, m.body)) return no(403, maySee(person, org, m) ? refusals.cannotChange : refusals.notYours);
    if (m.cancelled) return no(403, refusals.cancelled);
    return m.state === 'submitted' && now.toISOString() >= m.start ? no(403, refusals.started) : { ok: true, context };
  }
  if (!m) return no(404, refusals.noSuchMeeting);
  if (!maySee(person, org, m)) return no(403, refusals.notYours);
  if (m.cancelled && (access === 'document' || access === 'respond')) return no(403, refusals.cancelled);
  if (access === 'document') {
    if (!mayOrganise(person, org, m.body)) return no(403, refusals.cannotBook);
    if (m.state !== 'submitted') return no(403, refusals.notBooked);
    if (now.toISOString() < m.start) return no(403, refusals.notStarted(m.start));
  }
  if (access === 'respond' && (m.state !== 'submitted' || !isParticipant(person, m))) return no(403, refusals.notParticipant);
  return { ok: true, context };
}
