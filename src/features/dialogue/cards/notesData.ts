import { formatDateTime, formatDay } from '../../../shared/swedishTime';
import { inert } from '../../../shared/text';
import type { DialogueNotes } from '../domain/DialogueMeeting';

/** The notes of a documented meeting, as the meeting card shows them (typed text made inert). */
export interface NotesData {
  by: string;
  parts: { title: string; text: string }[];
  followUps: string[];
}

const parts: [key: string, title: string][] = [
  ['discussed', 'Vad som diskuterades'],
  ['samsyn', 'Samsyn'],
  ['differences', 'Där vi ser olika'],
  ['openQuestions', 'Öppna frågor'],
];

export function notesData(notes: DialogueNotes): NotesData {
  const a = notes.answers;
  return {
    by: `Dokumenterat av ${notes.updatedByName}, ${formatDateTime(notes.updatedAt)} (version ${notes.version})`,
    parts: parts.map(([key, title]) => ({ title, text: typeof a[key] === 'string' ? inert(a[key] as string) : '–' })),
    followUps: notes.followUps.map((f) => `${inert(f.task)} – ${f.ownerName}, senast ${formatDay(f.due)}`),
  };
}
