import type { Collection, DocumentStore, Versioned } from '../../../kernel/store/Collection';
import type { DialogueMeeting, DialogueNotes, DialogueResponse } from './DialogueMeeting';

/** The collections of the dialogue feature, each partitioned by kommun. */
export const dialogueCollections = ['dialogueMeetings', 'dialogueNotes', 'dialogueResponses'] as const;

/** Where meetings, their notes and the participants' answers are kept; eTags for concurrency. */
export interface DialogueRepository {
  meetings: Collection<DialogueMeeting>;
  notes: Collection<DialogueNotes>;
  responses: Collection<DialogueResponse>;
  /** Booked meetings (not drafts) of these years, by start. */
  bookedIn(kommun: string, years: number[]): Promise<DialogueMeeting[]>;
  /** Documented meetings' notes of these years. */
  notesIn(kommun: string, years: number[]): Promise<DialogueNotes[]>;
  /** Every answer to one meeting, in one read. */
  responsesTo(kommun: string, meeting: string): Promise<DialogueResponse[]>;
  /** Every answer one person has given (to any meeting), in one read. */
  responsesOf(kommun: string, person: string): Promise<DialogueResponse[]>;
  /** A meeting with its notes and answers, read at the same time. */
  load(kommun: string, meeting: string): Promise<{ meeting?: Versioned<DialogueMeeting>; notes?: Versioned<DialogueNotes>; responses: DialogueResponse[] }>;
}

export function createDialogueRepository(store: DocumentStore): DialogueRepository {
  const meetings = store.collection<DialogueMeeting>('dialogueMeetings');
  const notes = store.collection<DialogueNotes>('dialogueNotes');
  const responses = store.collection<DialogueResponse>('dialogueResponses');
  const responsesTo = async (kommun: string, meeting: string) =>
    (await responses.find(kommun, { kind: 'dialogueResponse', meeting }, { orderBy: { field: 'personName' } })).map((v) => v.doc);
  return {
    meetings,
    notes,
    responses,
    bookedIn: async (kommun, years) =>
      (await meetings.find(kommun, { kind: 'dialogue', state: 'submitted', year: years }, { orderBy: { field: 'start' } })).map((v) => v.doc),
    notesIn: async (kommun, years) => (await notes.find(kommun, { kind: 'dialogueNotes', state: 'submitted', year: years })).map((v) => v.doc),
    responsesTo,
    responsesOf: async (kommun, person) => (await responses.find(kommun, { kind: 'dialogueResponse', person })).map((v) => v.doc),
    async load(kommun, id) {
      const [meeting, note, answers] = await Promise.all([meetings.get(kommun, id), notes.get(kommun, id), responsesTo(kommun, id)]);
      return { meeting, notes: note, responses: answers };
    },
  };
}
