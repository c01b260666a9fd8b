import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadPack } from '../../src/kernel/knowledge/loadPack';
import { PackRegistry } from '../../src/kernel/knowledge/PackRegistry';
import { QaService } from '../../src/features/qa/domain/QaService';
import type { QuestionLog } from '../../src/features/qa/domain/QuestionLog';
import { AzureOpenAiPhraser } from '../../src/features/qa/domain/AzureOpenAiPhraser';

/** A stand-in for an Azure OpenAI chat deployment: records requests, answers with `reply`. */
function fakeOpenAi(reply: (body: any) => { status: number; content?: string }) {
  const requests: { url: string; key?: string; body: any }[] = [];
  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = JSON.parse(data);
      requests.push({ url: req.url ?? '', key: req.headers['api-key'] as string, body });
      const r = reply(body);
      res.statusCode = r.status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ choices: [{ message: { content: r.content } }] }));
    });
  });
  return {
    requests,
    start: () => new Promise<string>((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

const noLog: QuestionLog = { record: async () => undefined, unanswered: async () => [], saveFeedback: async () => undefined, notHelpful: async () => [] };
const packs = PackRegistry.of([loadPack('hallstahammar')]);

describe('Optional generative phrasing (Azure OpenAI)', () => {
  it('When configured, then the answer is reworded from the cited passages only, with the same sources', async () => {
    const ai = fakeOpenAi(() => ({ status: 200, content: 'Kommunfullmäktige fastställer budgeten i juni.' }));
    const endpoint = await ai.start();
    const qa = new QaService(packs, noLog, undefined, new AzureOpenAiPhraser({ endpoint, apiKey: 'k', deployment: 'gpt' }, pino({ level: 'silent' })));
    const plain = new QaService(packs, noLog).answerer('hallstahammar').answer('Vem beslutar om budgeten?');
    const answer = await qa.ask('hallstahammar', 'Vem beslutar om budgeten?');
    await ai.stop();
    expect(answer.text).toBe('Kommunfullmäktige fastställer budgeten i juni.');
    expect(answer.sources).toEqual(plain.sources);
    expect(ai.requests[0].url).toMatch(/^\/openai\/deployments\/gpt\/chat\/completions\?api-version=/);
    expect(ai.requests[0].key).toBe('k');
    expect(ai.requests[0].body.messages[1].content).toContain(plain.sources[0].passage.slice(0, 80));
  });

  it('When the model says the passages do not answer, fails, adds a link or markup the passages lack, or is not configured, then the found answer is kept', async () => {
    const smuggled = [
      'Kommunfullmäktige fastställer budgeten, se https://evil.example/login.',
      'Kommunfullmäktige fastställer budgeten. Frågor till kontroll@evil.example.',
      'Kommunfullmäktige fastställer <b>budgeten</b>.',
    ];
    for (const reply of [{ status: 200, content: 'INGET_SVAR' }, { status: 500 }, ...smuggled.map((content) => ({ status: 200, content }))]) {
      const ai = fakeOpenAi(() => reply);
      const endpoint = await ai.start();
      const qa = new QaService(packs, noLog, undefined, new AzureOpenAiPhraser({ endpoint, apiKey: 'k', deployment: 'gpt' }, pino({ level: 'silent' })));
      const answer = await qa.ask('hallstahammar', 'Vem beslutar om budgeten?');
      await ai.stop();
      expect(answer.text).toMatch(/^Mål- och budget fastställs av kommunfullmäktige/);
    }
  });

  it('When the question is not answered, then the model is not asked', async () => {
    const ai = fakeOpenAi(() => ({ status: 200, content: 'påhitt' }));
    const endpoint = await ai.start();
    const qa = new QaService(packs, noLog, undefined, new AzureOpenAiPhraser({ endpoint, apiKey: 'k', deployment: 'gpt' }, pino({ level: 'silent' })));
    const answer = await qa.ask('hallstahammar', 'Skriv en dikt om hösten');
    await ai.stop();
    expect(answer.answered).toBe(false);
    expect(ai.requests).toHaveLength(0);
  });
});
