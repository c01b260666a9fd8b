import type { Answers, FieldDef } from '../../../kernel/forms/FieldDef';
import type { FormBody } from '../../../kernel/forms/FormRecord';
import { fieldsOf, type FormSection, type FormSpec } from '../../../kernel/forms/FormSpec';
import { validateForm, type FieldProblem, type FormValidation, type Intent, type RawAnswers } from '../../../kernel/forms/validateForm';
import type { DialogueNotes, FollowUp } from './DialogueMeeting';
import type { MeetingContext } from './MeetingContext';

/** Agreed follow-ups a meeting's notes hold (rows of the form). */
export const followUpSlots = 4;

/** Said on the form: dialogue is for shared understanding; the nämnd decides, so there is nothing to decide here. */
export const noDecisionText =
  'En dialog är ett samtal för förståelse och samsyn, inte ett beslut. Därför finns inget beslutsfält här: beslut fattas av nämnden. Det som behöver beslutas tas upp som ärende i nämnden.';

const long = (key: string, label: string, more: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'text', maxLength: 2000, ...more });

/** Who may own a follow-up: the meeting's participants and the person writing the notes, by name. */
function owners(c: MeetingContext): { id: string; name: string }[] {
  const listed = new Map((c.meeting?.doc.participants ?? []).map((p) => [p.id, p.name]));
  listed.set(c.person.id, c.person.name);
  return [...listed].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The fields of follow-up row n (1-based). */
export function followUpFields(c: MeetingContext, n: number) {
  const people = owners(c);
  return {
    task: { key: `followup:${n}:task`, label: 'Vad ska göras', kind: 'text', maxLength: 200, multiline: false, summaryLabel: `Uppföljning ${n} – vad` },
    owner: { key: `followup:${n}:owner`, label: 'Ansvarig', kind: 'choice', choices: people.map((p) => p.id), choiceTitles: people.map((p) => p.name), placeholder: 'Välj ansvarig', summaryLabel: `Uppföljning ${n} – ansvarig` },
    due: { key: `followup:${n}:due`, label: 'Klart senast', kind: 'date', minDate: c.today, dateMessage: 'Datumet har redan varit.', summaryLabel: `Uppföljning ${n} – datum` },
  } satisfies Record<string, FieldDef>;
}

/** The notes as a form spec: what was discussed, samsyn, differences, open questions, then the follow-ups. */
export function notesSpec(c: MeetingContext): FormSpec {
  const rows: FormSection[] = Array.from({ length: followUpSlots }, (_, i) => {
    const f = followUpFields(c, i + 1);
    return { ...(i === 0 ? { heading: 'Överenskomna uppföljningar' } : {}), title: `Uppföljning ${i + 1}`, items: [{ field: f.task }, { field: f.owner }, { field: f.due }] };
  });
  rows[0].items.unshift({ text: 'Vad ska göras, vem som ansvarar och senast när. Den ansvariga får påminnelser inför datumet.' });
  return {
    sections: [
      {
        items: [
          { notice: { text: noDecisionText, color: 'Accent' } },
          { field: long('discussed', 'Vad som diskuterades', { required: 'Skriv vad som diskuterades.' }) },
          { field: long('samsyn', 'Där vi har samsyn') },
          { field: long('differences', 'Där vi ser olika på saken') },
          { field: long('openQuestions', 'Öppna frågor') },
        ],
      },
      ...rows,
    ],
  };
}

/** A follow-up row must be whole: what, who and when together. */
function requirements(c: MeetingContext) {
  return (a: Answers): FieldProblem[] =>
    Array.from({ length: followUpSlots }, (_, i) => followUpFields(c, i + 1)).flatMap((f): FieldProblem[] => {
      const given = [f.task, f.owner, f.due].filter((x) => a[x.key] !== undefined);
      if (given.length === 0 || given.length === 3) return [];
      const missing: FieldProblem[] = [];
      if (a[f.task.key] === undefined) missing.push([f.task.key, 'Skriv vad som ska göras.']);
      if (a[f.owner.key] === undefined) missing.push([f.owner.key, 'Välj vem som ansvarar.']);
      if (a[f.due.key] === undefined) missing.push([f.due.key, 'Välj senast när.']);
      return missing;
    });
}

export const validateNotes = (c: MeetingContext, raw: RawAnswers, intent: Intent): FormValidation => validateForm(fieldsOf(notesSpec(c)), raw, intent, requirements(c));

/** The notes' own fields: the whole follow-up rows (a draft may hold half ones; they become nothing). */
export function notesBody(c: MeetingContext, a: Answers): FormBody<DialogueNotes> {
  const names = new Map(owners(c).map((p) => [p.id, p.name]));
  const followUps = Array.from({ length: followUpSlots }, (_, i) => followUpFields(c, i + 1)).flatMap((f): FollowUp[] => {
    const [task, owner, due] = [a[f.task.key], a[f.owner.key], a[f.due.key]];
    return typeof task === 'string' && typeof owner === 'string' && typeof due === 'string' ? [{ task, owner, ownerName: names.get(owner) ?? owner, due }] : [];
  });
  return { kind: 'dialogueNotes', meeting: c.id, year: c.meeting?.doc.year ?? Number(c.today.slice(0, 4)), followUps };
}
