import type { Deadline, DeadlineDraft, DeadlineSource } from '../../../kernel/deadlines/Deadline';
import type { PackRegistry } from '../../../kernel/knowledge/PackRegistry';
import type { OrgRepository } from '../../../kernel/org/OrgRepository';
import { formatDay } from '../../../shared/swedishTime';
import { cutAtWord, inert } from '../../../shared/text';
import type { DialogueRepository } from './DialogueRepository';
import { meetingTitle, typeOf } from './MeetingContext';

/**
 * Dialogue meetings as deadlines for the reminder planner: each booked meeting (its participants), its
 * last day for questions (participants), and each agreed follow-up of its notes (the owner). Who
 * declined is done with the meeting; who sent a question is done with the questions. A cancelled
 * meeting has none (its reminders not yet sent go with them).
 */
export function dialogueDeadlineSource(deps: { packs: PackRegistry; org: OrgRepository; repo: DialogueRepository }): DeadlineSource {
  return {
    name: 'dialogue',
    async deadlines(kommun, year) {
      if (!deps.packs.has(kommun)) return [];
      const [org, meetings, notes] = await Promise.all([deps.org.getStructure(kommun), deps.repo.bookedIn(kommun, [year]), deps.repo.notesIn(kommun, [year])]);
      if (!org) return [];
      const c = { pack: deps.packs.get(kommun), org };
      const byId = new Map(meetings.map((m) => [m.id, m]));
      const drafts: DeadlineDraft[] = [];
      for (const m of meetings) {
        if (m.cancelled) continue;
        const type = typeOf(c, m.type);
        const title = meetingTitle(c, m);
        const common = {
          year, escalate: false, assignees: [{ kind: 'people' as const, ids: m.participants.map((p) => p.id) }],
          ...(type ? { why: type.purpose, reference: type.source } : {}),
          next: { title: 'Öppna mötet', verb: 'dialogue.open', data: { meeting: m.id } },
        };
        drafts.push({ ...common, key: `meeting:${m.id}`, kind: 'meeting', title: `Dialogmöte: ${title}`, due: m.day });
        if (m.questionsDue < m.day) drafts.push({ ...common, key: `questions:${m.id}`, kind: 'meeting', title: `Skicka frågor inför ${title} (${formatDay(m.day)})`, due: m.questionsDue });
      }
      for (const n of notes) {
        const m = byId.get(n.meeting);
        if (!m) continue;
        n.followUps.forEach((f, i) =>
          drafts.push({
            key: `task:${m.id}:${i + 1}`, kind: 'task', year, escalate: false, due: f.due,
            title: `Uppföljning efter dialogmöte: ${inert(cutAtWord(f.task, 100))}`,
            assignees: [{ kind: 'people', ids: [f.owner] }],
            why: `Överenskommet vid ${meetingTitle(c, m)} ${formatDay(m.day)}.`,
            next: { title: 'Öppna mötet', verb: 'dialogue.open', data: { meeting: m.id } },
          }),
        );
      }
      return drafts;
    },
    async completed(kommun, deadlines: Deadline[]) {
      const done = new Map<string, Set<string>>();
      for (const d of deadlines.filter((x) => x.source === 'dialogue' && !x.id.startsWith('dialogue:task:'))) {
        const [, what, meeting] = d.id.split(':');
        const answers = await deps.repo.responsesTo(kommun, meeting);
        done.set(d.id, new Set(answers.filter((r) => r.answer === 'declined' || (what === 'questions' && r.questions.length > 0)).map((r) => `person:${r.person}`)));
      }
      return done;
    },
  };
}
