import { defineCardAction, done, refuse, showCard, type ActionResult } from '../../kernel/turn/CardAction';
import { linkValidity } from '../../kernel/export/exportCard';
import type { Turn } from '../../kernel/turn/Turn';
import { formatDateTime, formatDay } from '../../shared/swedishTime';
import { cleanText } from '../../shared/text';
import { authorizeMeeting } from './authorizeMeeting';
import { meetingViewers } from './bookingWorkflow';
import { askSchema, meetingRefSchema, respondSchema } from './cards/actionData';
import { calendarCard } from './cards/smallCards';
import { meetingCard, type MeetingCardOptions } from './cards/meetingCard';
import { maxQuestionLength, maxQuestionsPerPerson } from './domain/DialogueMeeting';
import type { MeetingContext } from './domain/MeetingContext';
import { meetingTitle } from './domain/MeetingContext';
import { saveResponse, type ResponseChange } from './domain/saveResponse';
import { listReply } from './listReply';
import type { DialogueServices } from './services';

const refused = (status: 403 | 404, message: string): ActionResult => refuse(status, status === 403 ? 'forbidden' : 'not_found', message);

/** `dialogue.respond`, `dialogue.ask`, `dialogue.calendar` and `dialogue.list`: what a participant does with the meeting card. */
export function participantActions(s: DialogueServices) {
  /** The meeting card after a participant's change, refreshed for its organisers and participants. */
  const after = async (turn: Turn, c: MeetingContext, change: ResponseChange, notice: MeetingCardOptions['notice']) => {
    const person = turn.session.person!;
    const saved = await saveResponse(s.repo.responses, c.kommun, c.id, { id: person.id, name: person.name }, change, s.clock());
    const responses = [...c.responses.filter((r) => r.person !== person.id), saved.doc];
    return showCard(meetingCard(c, { responses, notice, refreshUserIds: await meetingViewers(s, turn.session, c, c.meeting!.doc) }));
  };

  const respond = defineCardAction({
    verb: 'dialogue.respond',
    schema: respondSchema,
    async handle(turn, data) {
      const auth = await authorizeMeeting(s, turn.session, data.meeting, 'respond');
      if (!auth.ok) return refused(auth.status, auth.message);
      if (auth.context.now.toISOString() >= auth.context.meeting!.doc.end) return refused(403, 'Mötet är redan över.');
      const text = data.answer === 'accepted' ? 'Tack! Du har tackat ja.' : 'Du har tackat nej. Du kan ändå skicka frågor inför mötet.';
      return after(turn, auth.context, { kind: 'answer', answer: data.answer }, { text, color: 'Good' });
    },
  });

  const ask = defineCardAction({
    verb: 'dialogue.ask',
    schema: askSchema,
    async handle(turn, data) {
      const auth = await authorizeMeeting(s, turn.session, data.meeting, 'respond');
      if (!auth.ok) return refused(auth.status, auth.message);
      const c = auth.context;
      const m = c.meeting!.doc;
      const typed = data.question ?? '';
      const again = (error: string) => showCard(meetingCard(c, { question: { value: typed, error }, refreshUserIds: null }));
      if (c.today > m.questionsDue || c.now.toISOString() >= m.start) return showCard(meetingCard(c, { notice: { text: `Frågan är inte skickad: tiden för frågor gick ut ${formatDay(m.questionsDue)}.`, color: 'Attention' }, refreshUserIds: null }));
      const text = cleanText(typed)?.trim();
      if (text === undefined) return again('Frågan innehåller ett ogiltigt tecken. Skriv om den.');
      if (!text) return again('Skriv din fråga.');
      if (text.length > maxQuestionLength) return again(`Frågan är för lång (högst ${maxQuestionLength} tecken).`);
      const mine = c.responses.find((r) => r.person === c.person.id)?.questions.length ?? 0;
      if (mine >= maxQuestionsPerPerson) return again(`Du har redan skickat ${maxQuestionsPerPerson} frågor.`);
      return after(turn, c, { kind: 'question', text }, { text: 'Tack! Din fråga står nu på dagordningen.', color: 'Good' });
    },
  });

  /** A fresh signed link to the meeting's calendar file, sent as a message (links live 15 minutes; cards live longer). */
  const calendar = defineCardAction({
    verb: 'dialogue.calendar',
    schema: meetingRefSchema,
    async handle(turn, data) {
      const auth = await authorizeMeeting(s, turn.session, data.meeting, 'view');
      if (!auth.ok) return refused(auth.status, auth.message);
      const c = auth.context;
      const link = s.links.create({ exporter: 'dialogue', kommun: c.kommun, params: { meeting: c.id }, format: 'ics', by: c.person.id });
      await turn.reply({ card: calendarCard({ title: meetingTitle(c, c.meeting!.doc), url: link.url, validity: linkValidity(link.expiresAt, 1) }), summary: 'Kalenderfil' });
      return done('Länken till kalenderfilen är skickad i chatten.');
    },
  });

  const list = defineCardAction({
    verb: 'dialogue.list',
    schema: meetingRefSchema.partial(),
    handle: async (turn) => {
      const reply = await listReply(s, turn.session);
      return typeof reply === 'string' ? refused(403, reply) : showCard(reply.card);
    },
  });

  return [respond, ask, calendar, list];
}
