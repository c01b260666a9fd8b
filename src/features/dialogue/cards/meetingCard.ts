import { renderCard, type AdaptiveCardJson, type Notice } from '../../../kernel/cards/renderCard';
import { stockholmTime } from '../../../shared/days';
import { formatDateTime, formatDay } from '../../../shared/swedishTime';
import { inert } from '../../../shared/text';
import { isParticipant, mayOrganise } from '../domain/dialogueAccess';
import { maxQuestionsPerPerson, type DialogueMeeting, type DialogueNotes, type DialogueResponse } from '../domain/DialogueMeeting';
import { meetingTitle, typeOf, type MeetingContext } from '../domain/MeetingContext';
import { notesData, type NotesData } from './notesData';

interface Fact {
  title: string;
  value: string;
}

/** Typed data of cards/dialogue/meeting.json: a booked meeting as one person sees it (also the invitation). */
export interface MeetingCardData {
  heading: string | null;
  title: string;
  when: string;
  notice: Notice | null;
  /** "Mötet är inställt …" when an organiser called it off. */
  cancelled: string | null;
  facts: Fact[];
  purpose: string | null;
  source: string | null;
  principle: string;
  agenda: string[];
  questionsLine: string;
  questions: { who: string; text: string }[];
  questionsMore: string | null;
  ask: { value: string; error: string | null } | null;
  askNote: string | null;
  answersLine: string;
  participants: { name: string; answer: string }[];
  participantsMore: string | null;
  myAnswer: string | null;
  notes: NotesData | null;
  notesState: string | null;
  canRespond: boolean;
  canEdit: boolean;
  canDocument: boolean;
  /** An organiser, before the start: "Ställ in mötet" (with an optional reason). */
  canCancel: boolean;
  documentTitle: string;
  link: string | null;
  act: { meeting: string };
  refresh: { userIds: string[] } | null;
}

/** What a card shows beyond the context: a newer version just saved, a notice, a typed question and its error. */
export interface MeetingCardOptions {
  meeting?: DialogueMeeting;
  notes?: DialogueNotes;
  responses?: DialogueResponse[];
  heading?: string | null;
  notice?: Notice | null;
  refreshUserIds?: string[] | null;
  question?: { value: string; error?: string };
}

/** Questions and participants listed at most (keeps a large meeting's card under 80 KB). */
const maxQuestionsShown = 30;
const maxParticipantsShown = 40;
const answerNames = { accepted: 'Tackat ja', declined: 'Tackat nej', none: 'Inte svarat' } as const;

/** "torsdag 17 september 2026 kl. 13:00–15:00" */
export const whenOf = (m: Pick<DialogueMeeting, 'day' | 'start' | 'end'>): string =>
  `${new Date(`${m.day}T12:00:00Z`).toLocaleDateString('sv-SE', { weekday: 'long', timeZone: 'UTC' })} ${formatDay(m.day)} kl. ${stockholmTime(new Date(m.start))}–${stockholmTime(new Date(m.end))}`;

export function meetingCardData(c: MeetingContext, o: MeetingCardOptions = {}): MeetingCardData {
  const m = o.meeting ?? c.meeting!.doc;
  const responses = o.responses ?? c.responses;
  const notes = o.notes ?? c.notes?.doc;
  const a = m.answers;
  const type = typeOf(c, m.type);
  const event = type?.event ? c.pack.events.find((e) => e.id === type.event) : undefined;
  const byPerson = new Map(responses.map((r) => [r.person, r]));
  const mine = byPerson.get(c.person.id);
  const organiser = mayOrganise(c.person, c.org, m.body);
  const cancelled = m.cancelled;
  const participant = isParticipant(c.person, m) && m.state === 'submitted' && !cancelled;
  const now = c.now.toISOString();
  const asked = responses.flatMap((r) => r.questions.map((q) => ({ who: r.personName, text: inert(q.text), at: q.at }))).sort((x, y) => x.at.localeCompare(y.at));
  const open = participant && c.today <= m.questionsDue && now < m.start;
  const full = (mine?.questions.length ?? 0) >= maxQuestionsPerPerson;
  const counts = { accepted: 0, declined: 0, none: 0 };
  const participants = m.participants.map((p) => {
    const answer = byPerson.get(p.id)?.answer ?? 'none';
    counts[answer]++;
    return { name: p.name, answer: answerNames[answer] };
  });
  const text = (key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);
  const documented = notes?.state === 'submitted';
  return {
    heading: o.heading ?? null,
    title: meetingTitle(c, m),
    when: whenOf(m),
    notice: o.notice ?? null,
    cancelled: cancelled ? `Mötet är inställt (${cancelled.byName}, ${formatDateTime(cancelled.at)}).${cancelled.reason ? ` Skäl: ${inert(cancelled.reason)}` : ''}` : null,
    facts: [
      ...(text('group') ? [{ title: 'Grupp', value: inert(text('group')!) }] : []),
      ...(text('place') ? [{ title: 'Plats', value: inert(text('place')!) }] : []),
      ...(text('link') ? [{ title: 'Online', value: 'Länk under ”Öppna möteslänken”' }] : []),
      { title: 'Frågor senast', value: formatDay(m.questionsDue) },
      ...(event ? [{ title: 'I årshjulet', value: event.title }] : []),
      { title: 'Bokat', value: `${m.updatedByName}, ${formatDateTime(m.updatedAt)} (version ${m.version})` },
    ],
    purpose: type ? `Varför: ${type.purpose}` : null,
    source: type ? `Källa: ${c.pack.documentById.get(type.source.document)?.title ?? type.source.document} – ${type.source.section}` : null,
    principle: 'En dialog är ett samtal på samma nivå för förståelse och samsyn – inte en presentation och inte ett beslut. Beslut fattas av nämnden.',
    agenda: (text('agenda') ?? '').split('\n').map((l) => l.trim()).filter(Boolean).map(inert),
    questionsLine: asked.length ? `${asked.length === 1 ? '1 fråga' : `${asked.length} frågor`} har kommit in. Ordföranden tar upp dem på mötet.` : 'Inga frågor har kommit in ännu.',
    questions: asked.slice(0, maxQuestionsShown).map(({ who, text: t }) => ({ who, text: t })),
    questionsMore: asked.length > maxQuestionsShown ? `… och ${asked.length - maxQuestionsShown} frågor till.` : null,
    ask: open && !full ? { value: o.question?.value ?? '', error: o.question?.error ?? null } : null,
    askNote: participant && !open && now < m.start ? `Tiden för frågor gick ut ${formatDay(m.questionsDue)}.` : open && full ? `Du har skickat ${maxQuestionsPerPerson} frågor, det är det mesta som går.` : null,
    answersLine: `Tackat ja: ${counts.accepted} · Tackat nej: ${counts.declined} · Inte svarat: ${counts.none}`,
    participants: participants.slice(0, maxParticipantsShown),
    participantsMore: participants.length > maxParticipantsShown ? `… och ${participants.length - maxParticipantsShown} till.` : null,
    myAnswer: participant && mine?.answer ? `Du har ${mine.answer === 'accepted' ? 'tackat ja' : 'tackat nej'}.` : null,
    notes: documented ? notesData(notes) : null,
    notesState: !documented && !cancelled && now >= m.start ? (organiser ? 'Mötet är inte dokumenterat ännu. Dokumentera vad som sades och vad ni kom överens om.' : 'Mötet är inte dokumenterat ännu.') : null,
    canRespond: participant && now < m.end,
    canEdit: organiser && !cancelled && now < m.start,
    canDocument: organiser && !cancelled && m.state === 'submitted' && now >= m.start,
    canCancel: organiser && !cancelled && m.state === 'submitted' && now < m.start,
    documentTitle: notes ? (documented ? 'Ändra dokumentationen' : 'Fortsätt dokumentera') : 'Dokumentera mötet',
    link: text('link') ?? null,
    act: { meeting: m.id },
    refresh: o.refreshUserIds ? { userIds: o.refreshUserIds } : null,
  };
}

export const meetingCard = (c: MeetingContext, o: MeetingCardOptions = {}): AdaptiveCardJson => renderCard('dialogue/meeting', meetingCardData(c, o));
