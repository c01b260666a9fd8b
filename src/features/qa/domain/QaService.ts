import { createHash, randomUUID } from 'node:crypto';
import type { PackRegistry } from '../../../kernel/knowledge/PackRegistry';
import type { Answer } from './Answer';
import type { AnswerPhraser } from './AnswerPhraser';
import { QuestionAnswerer } from './QuestionAnswerer';
import type { AskedQuestion, QuestionLog } from './QuestionLog';
import { fold } from './lexicon/normalize';
import { printable } from '../../../shared/text';

const maxQuestion = 500;

/** A question's key: folded text without punctuation, so "När är budgetdagen?" and "nar ar budgetdagen" count as one. */
export const questionKey = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Question answering as a use case: answer, remember the question, take feedback, list what was not answered. */
export class QaService {
  private readonly answerers = new Map<string, QuestionAnswerer>();

  constructor(
    private readonly packs: PackRegistry,
    private readonly log: QuestionLog,
    private readonly clock: () => Date = () => new Date(),
    /** Optional: rewords answers from their cited passages (Azure OpenAI); off unless configured. */
    private readonly phraser?: AnswerPhraser,
  ) {}

  /** The answerer of a kommun (built once, on first use). */
  answerer(kommun: string): QuestionAnswerer {
    let a = this.answerers.get(kommun);
    if (!a) {
      a = new QuestionAnswerer(this.packs.get(kommun));
      this.answerers.set(kommun, a);
    }
    return a;
  }

  /** The answer, reworded from its passages when a phraser is configured; sources stay the same. */
  private async answerOf(kommun: string, text: string): Promise<Answer> {
    const found = this.answerer(kommun).answer(text);
    const phrased = found.answered && this.phraser ? await this.phraser.phrase(text, found) : undefined;
    return phrased ? { ...found, text: phrased } : found;
  }

  /** Answers; a question the model cannot answer is stored for the admins' list (answered ones are not kept). */
  async ask(kommun: string, text: string, askedBy?: string): Promise<Answer> {
    const answer = await this.answerOf(kommun, text);
    if (!answer.answered && answer.via !== 'smalltalk') await this.log.record(this.asked(kommun, text, askedBy));
    return answer;
  }

  /**
   * "Menade du …": the user picked one of the suggested questions. It is answered, and the pick is kept
   * with the question asked, so admins see what their users meant by words the model does not use.
   */
  async pick(kommun: string, asked: string, picked: string, by?: string): Promise<Answer> {
    await this.log.record({ ...this.asked(kommun, asked, by), picked: printable(picked).slice(0, maxQuestion) });
    return this.answerOf(kommun, picked);
  }

  private asked(kommun: string, text: string, askedBy: string | undefined): AskedQuestion {
    return { id: randomUUID(), tenant: kommun, text: printable(text).slice(0, maxQuestion), key: questionKey(text).slice(0, maxQuestion), askedAt: this.clock().toISOString(), askedBy };
  }

  /** Stores whether an answer helped (one verdict per person and question) and returns the answer again. */
  async feedback(kommun: string, question: string, helpful: boolean, by: string | undefined, why?: { reason: string; comment?: string }): Promise<Answer> {
    const answer = await this.answerOf(kommun, question);
    const key = questionKey(question).slice(0, maxQuestion);
    await this.log.saveFeedback({
      id: createHash('sha256').update(`${key}\u0000${by ?? 'anon'}`).digest('base64url'),
      tenant: kommun,
      question: printable(question).slice(0, maxQuestion),
      key,
      helpful,
      ...(why ? { reason: why.reason, ...(why.comment ? { comment: printable(why.comment).slice(0, 500) } : {}) } : {}),
      sources: answer.sources.map((s) => ({ documentId: s.documentId, section: s.section })),
      at: this.clock().toISOString(),
      by,
    });
    return answer;
  }

  /** Answers marked "Nej", by question, most often first, with the reasons given and the latest comment. */
  async notHelpful(kommun: string, limit = 10): Promise<{ question: string; count: number; reasons: Record<string, number>; comment?: string }[]> {
    const byKey = new Map<string, { question: string; count: number; reasons: Record<string, number>; comment?: string }>();
    for (const f of await this.log.notHelpful(kommun)) {
      const entry = byKey.get(f.key) ?? { question: f.question, count: 0, reasons: {} };
      entry.count++;
      if (f.reason) entry.reasons[f.reason] = (entry.reasons[f.reason] ?? 0) + 1;
      entry.comment ??= f.comment;
      byKey.set(f.key, entry);
    }
    return [...byKey.values()].sort((a, b) => b.count - a.count).slice(0, limit);
  }

  /** The most frequent unanswered questions, most asked first. */
  async topUnanswered(kommun: string, limit = 10): Promise<{ text: string; count: number; lastAsked: string; picked?: string }[]> {
    const counts = new Map<string, { text: string; count: number; lastAsked: string; picked?: string }>();
    for (const q of await this.log.unanswered(kommun)) {
      const c = counts.get(q.key);
      if (c) {
        c.count++;
        c.picked ??= q.picked;
      } else counts.set(q.key, { text: q.text, count: 1, lastAsked: q.askedAt, picked: q.picked });
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked)).slice(0, limit);
  }
}
