import type { FormRecord } from '../../../kernel/forms/FormRecord';
import type { VersionedRecord } from '../../../kernel/forms/VersionedRecord';

/** Which meeting a card means: carried by every dialogue button. */
export interface MeetingRef {
  meeting: string;
}

/** A person invited to a meeting, as resolved when it was booked (roles become people then). */
export interface Participant {
  id: string;
  name: string;
}

/**
 * A booked dialogue meeting: one document per meeting in 'dialogueMeetings' (partition: kommun). The
 * booking form's answers are kept as typed; the fields below are what the rest of the feature reads.
 */
export interface DialogueMeeting extends FormRecord {
  kind: 'dialogue';
  /** The pack's dialogue type id. */
  type: string;
  /** The organisation body whose dialogue it is (its secretary, ordförande and förvaltningschef organise it). */
  body: string;
  year: number;
  /** YYYY-MM-DD in Sweden. */
  day: string;
  /** Start and end instants (ISO, UTC). */
  start: string;
  end: string;
  /** Last day (YYYY-MM-DD) for questions in advance. */
  questionsDue: string;
  participants: Participant[];
  /** Set when an organiser called the meeting off: a new version, kept as a record like the booking. */
  cancelled?: Cancellation;
}

/** Who called a meeting off, when, and why (optional, shown to the participants). */
export interface Cancellation {
  at: string;
  by: string;
  byName: string;
  reason?: string;
}

/** The longest reason for a cancellation. */
export const maxReasonLength = 300;

/** One agreed follow-up: what, who (a person id) and by when. */
export interface FollowUp {
  task: string;
  owner: string;
  ownerName: string;
  due: string;
}

/**
 * What was said at a meeting, written afterwards by an organiser: one document per meeting in
 * 'dialogueNotes', id = the meeting's. There is deliberately no decision: decisions belong to the nämnd.
 */
export interface DialogueNotes extends FormRecord {
  kind: 'dialogueNotes';
  meeting: string;
  year: number;
  followUps: FollowUp[];
}

export type Answer = 'accepted' | 'declined';

/** A question sent in advance, for the chair and the agenda. */
export interface Question {
  text: string;
  at: string;
}

/**
 * One participant's answer and questions: one document per meeting and person in 'dialogueResponses'
 * (id `<meeting>:<person>`), so participants never write over each other or over the booking.
 */
export interface DialogueResponse extends VersionedRecord {
  kind: 'dialogueResponse';
  meeting: string;
  person: string;
  personName: string;
  answer?: Answer;
  questions: Question[];
}

export const responseId = (meeting: string, person: string): string => `${meeting}:${person}`;

/** Questions one person may send to one meeting, and their length. */
export const maxQuestionsPerPerson = 5;
export const maxQuestionLength = 500;
