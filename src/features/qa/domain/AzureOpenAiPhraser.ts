import type { Logger } from '../../../shared/logger';
import { cutAtWord } from '../../../shared/text';
import type { Answer } from './Answer';
import type { AnswerPhraser } from './AnswerPhraser';

export interface AzureOpenAiOptions {
  endpoint: string;
  apiKey: string;
  deployment: string;
  apiVersion?: string;
  timeoutMs?: number;
}

const noAnswer = 'INGET_SVAR';
const instructions = [
  'Du formulerar svar på frågor om en svensk kommuns styrmodell.',
  'Använd ENBART källtexterna i meddelandet. Hitta inte på något, lägg inte till egna råd.',
  'Svara kort: 1–3 meningar, högst 600 tecken, på samma språk som frågan.',
  'Nämn inte källorna i texten; de visas separat.',
  `Om källtexterna inte besvarar frågan, svara exakt ${noAnswer}.`,
].join(' ');

/** Rephrases answers with an Azure OpenAI chat deployment, grounded in the answer's own cited passages. */
export class AzureOpenAiPhraser implements AnswerPhraser {
  constructor(
    private readonly options: AzureOpenAiOptions,
    private readonly logger: Logger,
  ) {}

  async phrase(question: string, answer: Answer): Promise<string | undefined> {
    if (!answer.answered || !answer.sources.length) return undefined;
    const { endpoint, apiKey, deployment, apiVersion = '2024-10-21', timeoutMs = 4000 } = this.options;
    const sources = answer.sources.map((s, i) => `Källa ${i + 1}: ${s.document} – ${s.section}\n${s.passage}`).join('\n\n');
    try {
      const res = await fetch(`${endpoint.replace(/\/$/, '')}/openai/deployments/${encodeURIComponent(deployment)}/chat/completions?api-version=${apiVersion}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'api-key': apiKey },
        body: JSON.stringify({
          temperature: 0,
          max_tokens: 300,
          messages: [
            { role: 'system', content: instructions },
            { role: 'user', content: `Fråga: ${question}\n\nNuvarande svar: ${answer.text}\n\n${sources}` },
          ],
        }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as { choices?: { message?: { content?: string } }[] };
      const text = body.choices?.[0]?.message?.content?.trim();
      if (!text || text.includes(noAnswer) || addsLinks(text, `${answer.text}\n${sources}`)) return undefined;
      return cutAtWord(text, 800);
    } catch (e) {
      this.logger.warn({ event: 'phrasing_failed', err: { message: (e as Error).message } }, 'Azure OpenAI phrasing failed; the answer is kept as it was');
      return undefined;
    }
  }
}

/**
 * A rephrasing may not bring a link, an address or markup that the cited passages do not have: a
 * question could otherwise get the model to put a live link in the bot's own voice.
 */
export function addsLinks(text: string, cited: string): boolean {
  const risky = text.match(/(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|</gi) ?? [];
  return risky.some((r) => !cited.includes(r));
}
