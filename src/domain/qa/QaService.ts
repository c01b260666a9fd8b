import { randomUUID } from 'node:crypto';
import type { PackRegistry } from '../../knowledge/PackRegistry';
import type { Answer } from './Answer';
import { QuestionAnswerer } from './QuestionAnswerer';
import type { AskedQuestion, QuestionLog } from './QuestionLog';
import { fold } from './text/normalize';

/** A question's key: folded text without punctuation, so "När är budgetdagen?" and "nar ar budgetdagen" count as one. */
export const questionKey = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Question answering as a use case: answer, remember the question, take feedback, list what was not answered. */
export class QaService {
  private readonly answerers = new Map<string, QuestionAnswerer>();

  constructor(
    private readonly packs: PackRegistry,
    private readonly log: QuestionLog,
    private readonly clock: () => Date = () => new Date(),
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

  async ask(kommun: string, text: string, askedBy?: string): Promise<{ answer: Answer; questionId: string }> {
    const answer = this.answerer(kommun).answer(text);
    const questionId = randomUUID();
    await this.log.record({
      id: questionId,
      tenant: kommun,
      text: text.slice(0, 500),
      key: questionKey(text).slice(0, 500),
      answered: answer.answered,
      via: answer.via,
      sources: answer.sources.map((s) => ({ documentId: s.documentId, section: s.section })),
      askedAt: this.clock().toISOString(),
      askedBy,
    });
    return { answer, questionId };
  }

  /** Stores whether an answer helped; one verdict per person and question (the latest counts). */
  async feedback(kommun: string, questionId: string, helpful: boolean, by: string | undefined): Promise<AskedQuestion | undefined> {
    const question = await this.log.get(kommun, questionId);
    if (!question) return undefined;
    await this.log.saveFeedback({ id: `${questionId}:${by ?? 'anon'}`, tenant: kommun, questionId, helpful, at: this.clock().toISOString(), by });
    return question;
  }

  /** The most frequent unanswered questions, most asked first. */
  async topUnanswered(kommun: string, limit = 10): Promise<{ text: string; count: number; lastAsked: string }[]> {
    const counts = new Map<string, { text: string; count: number; lastAsked: string }>();
    for (const q of await this.log.unanswered(kommun)) {
      const c = counts.get(q.key);
      if (c) c.count++;
      else counts.set(q.key, { text: q.text, count: 1, lastAsked: q.askedAt });
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked)).slice(0, limit);
  }
}
