import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import type { DialogueType } from '../../../kernel/knowledge/packSchema';
import type { OrgStructure, Person } from '../../../kernel/org/orgSchema';
import type { Versioned } from '../../../kernel/store/Collection';
import type { DialogueMeeting, DialogueNotes, DialogueResponse } from './DialogueMeeting';

/** Everything a dialogue card or save needs about one meeting and the person at hand, read once per press. */
export interface MeetingContext {
  kommun: string;
  /** The meeting's id (also of a meeting not booked yet: the id its booking form carries). */
  id: string;
  person: Person;
  now: Date;
  /** YYYY-MM-DD in Sweden. */
  today: string;
  pack: KnowledgePack;
  org: OrgStructure;
  people: Person[];
  meeting?: Versioned<DialogueMeeting>;
  notes?: Versioned<DialogueNotes>;
  responses: DialogueResponse[];
}

/** The pack's description of the meeting's type, when the pack still has it. */
export const typeOf = (c: { pack: KnowledgePack }, id: string | undefined): DialogueType | undefined => c.pack.dialogueTypes.find((t) => t.id === id);

/** "Dialog delårsbokslut – Barn- och utbildningsnämnden" */
export function meetingTitle(c: { pack: KnowledgePack; org: OrgStructure }, meeting: Pick<DialogueMeeting, 'type' | 'body'>): string {
  const type = typeOf(c, meeting.type)?.name ?? meeting.type;
  const body = c.org.bodies.find((b) => b.id === meeting.body)?.name ?? meeting.body;
  return `${type} – ${body}`;
}
