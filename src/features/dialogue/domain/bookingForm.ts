import type { Answers, FieldDef } from '../../../kernel/forms/FieldDef';
import type { FormBody } from '../../../kernel/forms/FormRecord';
import { fieldsOf, type FormSpec } from '../../../kernel/forms/FormSpec';
import { validateForm, type FieldProblem, type FormValidation, type RawAnswers } from '../../../kernel/forms/validateForm';
import { stockholmInstant } from '../../../shared/days';
import { organisableBodies } from './dialogueAccess';
import type { DialogueMeeting } from './DialogueMeeting';
import type { MeetingContext } from './MeetingContext';
import { participantChoices, resolveParticipants } from './participantChoices';

const text = (key: string, label: string, maxLength: number, more: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'text', maxLength, multiline: false, ...more });

/** The booking form's fields, with the choices this person may make (types of the kommun, bodies they organise). */
export function bookingFields(c: MeetingContext) {
  const types = c.pack.dialogueTypes;
  const bodies = organisableBodies(c.person, c.org);
  const people = participantChoices(c.org, c.people);
  const later = 'Datumet har redan varit. Välj en dag från och med i dag.';
  return {
    type: { key: 'type', label: 'Sorts dialogmöte', kind: 'choice', choices: types.map((t) => t.id), choiceTitles: types.map((t) => t.name), placeholder: 'Välj i styrmodellens dialoger', required: 'Välj vilken sorts dialogmöte det är.' },
    body: { key: 'body', label: 'Vems dialogmöte (organ)', kind: 'choice', choices: bodies.map((b) => b.id), choiceTitles: bodies.map((b) => b.name), placeholder: 'Välj organ', required: 'Välj organ.' },
    group: text('group', 'Grupp som möts (valfritt)', 200, { placeholder: 'Till exempel KSAU/gruppledare i KF med nämnden' }),
    day: { key: 'day', label: 'Datum', kind: 'date', minDate: c.today, dateMessage: later, required: 'Välj ett datum.' },
    startTime: { key: 'startTime', label: 'Börjar (tid)', kind: 'time', required: 'Ange när mötet börjar.' },
    endTime: { key: 'endTime', label: 'Slutar (tid)', kind: 'time', required: 'Ange när mötet slutar.' },
    place: text('place', 'Plats', 200, { placeholder: 'Till exempel Sammanträdesrum Sessionen' }),
    link: text('link', 'Länk till onlinemöte (valfritt)', 500, { placeholder: 'https://teams.microsoft.com/…' }),
    participants: {
      key: 'participants', label: 'Deltagare (politiker och tjänstepersoner, per roll eller person)', kind: 'choice', multiSelect: true,
      choices: people.map((p) => p.value), choiceTitles: people.map((p) => p.title), required: 'Välj minst en deltagare.',
    },
    questionsDue: { key: 'questionsDue', label: 'Frågor skickas in senast (valfritt: annars två arbetsdagar före)', kind: 'date', minDate: c.today, dateMessage: later },
    agenda: { key: 'agenda', label: 'Dagordning', kind: 'text', maxLength: 2000, placeholder: 'Vad ska samtalet handla om? En punkt per rad.', required: 'Skriv en dagordning – vad ska samtalet handla om?' },
  } satisfies Record<string, FieldDef>;
}

/** The booking as a form spec: what and whose, when, where, who, and the agenda. */
export function bookingSpec(c: MeetingContext): FormSpec {
  const f = bookingFields(c);
  return {
    sections: [
      { items: [{ text: `Dialogerna kommer från ${c.pack.name}s styrmodell.` }, { field: f.type }, { field: f.body }, { field: f.group }] },
      { title: 'När och var', items: [{ field: f.day }, { field: f.startTime }, { field: f.endTime }, { field: f.place }, { field: f.link }] },
      { title: 'Vilka', subtitle: 'En roll bjuder in dem som har den när mötet bokas.', items: [{ field: f.participants }, { field: f.questionsDue }] },
      { title: 'Dagordning', items: [{ field: f.agenda }] },
    ],
  };
}

const str = (a: Answers, key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);

/** What a booking requires beyond each field's own check: times in order, a place or a link, people behind the roles. */
function requirements(c: MeetingContext) {
  return (a: Answers): FieldProblem[] => {
    const problems: FieldProblem[] = [];
    const [day, start, end] = [str(a, 'day'), str(a, 'startTime'), str(a, 'endTime')];
    if (start && end && end <= start) problems.push(['endTime', 'Sluttiden måste vara efter starttiden.']);
    if (day === c.today && start && stockholmInstant(day, start) <= c.now) problems.push(['startTime', 'Starttiden har redan varit i dag.']);
    if (!str(a, 'place') && !str(a, 'link')) problems.push(['place', 'Ange en plats eller en länk till mötet.']);
    const link = str(a, 'link');
    if (link && !isHttps(link)) problems.push(['link', 'Länken måste vara en hel adress som börjar med https://']);
    const due = str(a, 'questionsDue');
    if (due && day && due > day) problems.push(['questionsDue', 'Sista dag för frågor kan inte vara efter mötesdagen.']);
    const chosen = str(a, 'participants');
    if (chosen && resolveParticipants(chosen.split(','), c.org, c.people).length === 0) problems.push(['participants', 'Ingen i organisationen har de valda rollerna. Välj personer i stället.']);
    return problems;
  };
}

function isHttps(link: string): boolean {
  try {
    return new URL(link).protocol === 'https:' && !/\s/.test(link);
  } catch {
    return false;
  }
}

/** Checks the whole booking (a booking is never a half-filled draft), every error at once. */
export const validateBooking = (c: MeetingContext, raw: RawAnswers): FormValidation => validateForm(fieldsOf(bookingSpec(c)), raw, 'submit', requirements(c));

/** The meeting's own fields from a valid booking; `questionsDue` defaults to two working days before, never before today. */
export function bookingBody(c: MeetingContext, a: Answers, twoWorkingDaysBefore: (day: string) => string): FormBody<DialogueMeeting> {
  const day = str(a, 'day')!;
  const fallback = twoWorkingDaysBefore(day);
  return {
    kind: 'dialogue',
    type: str(a, 'type')!,
    body: str(a, 'body')!,
    year: Number(day.slice(0, 4)),
    day,
    start: stockholmInstant(day, str(a, 'startTime')!).toISOString(),
    end: stockholmInstant(day, str(a, 'endTime')!).toISOString(),
    questionsDue: str(a, 'questionsDue') ?? (fallback < c.today ? c.today : fallback),
    participants: resolveParticipants(str(a, 'participants')!.split(','), c.org, c.people),
  };
}
