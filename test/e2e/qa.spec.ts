import { ConnectorStub } from '../support/connectorStub';
import { cardAction, message } from '../support/activities';
import { post, startTestApp } from '../support/testApp';
import { validateCard } from '../support/validateCard';
import { findAll } from '../support/cardQuery';
import { importOrg } from '../../src/kernel/org/importOrg';
import type { Feedback } from '../../src/features/qa/domain/QuestionLog';
import { questionKey } from '../../src/features/qa/domain/QaService';
import type { App } from '../../src/app/createApp';

const cardOf = (a: { attachments?: { content: any }[] }) => a.attachments?.[0]?.content;
const texts = (card: any): string => JSON.stringify(card);

describe('Governance questions in Teams', () => {
  const connector = new ConnectorStub();
  const user = { id: 'user-q', aadObjectId: 'aad-q' };
  let app: App;
  let url: string;
  /** The stored verdicts on a question, read straight from the store. */
  const feedbackFor = async (question: string) =>
    (await app.store.collection<Feedback>('feedback').find('hallstahammar', { key: questionKey(question) })).map((v) => v.doc);

  beforeAll(async () => {
    await connector.start();
    ({ app, url } = await startTestApp({ DEFAULT_KOMMUN: 'hallstahammar' }));
    await importOrg(app.org, {
      kommun: 'hallstahammar', sample: false,
      bodies: [{ id: 'ks', name: 'Kommunstyrelsen', kind: 'styrelse' }], administrations: [], units: [],
      people: [{ id: 'admin', name: 'Admin', aadObjectId: 'aad-admin', roles: [{ role: 'admin' }] }],
    });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => connector.reset());

  it('When a user asks a question, then an answer card with source, "Visa källtext" and feedback buttons comes back and is valid', async () => {
    await post(url, message(connector.url, user, 'Vem beslutar om kommunens budget?'));
    await connector.waitFor(1);
    const card = cardOf(connector.sent[0].activity);
    expect(texts(card)).toMatch(/kommunfullmäktige/);
    expect(texts(card)).toMatch(/Källa: Styrmodell för Hallstahammars kommun/);
    expect(card.actions.map((a: { title: string }) => a.title)).toEqual(['Visa källtext', 'Ja', 'Nej']);
    expect(card.actions[0].card.body[0].items[1].text.length).toBeGreaterThan(50);
    const { failures, bytes } = validateCard(card);
    expect(failures).toEqual([]);
    expect(bytes).toBeLessThan(80 * 1024);
  });

  it('When the user presses "Ja", then the feedback is stored and the card thanks them without the buttons', async () => {
    await post(url, message(connector.url, user, 'När är budgetdagen?'));
    await connector.waitFor(1);
    const yes = cardOf(connector.sent[0].activity).actions.find((a: { title: string }) => a.title === 'Ja');
    const res = await post(url, cardAction(connector.url, user, yes.verb, yes.data));
    expect(res.body.statusCode).toBe(200);
    expect(texts(res.body.value)).toContain('Tack för din återkoppling');
    expect(res.body.value.actions.map((a: { title: string }) => a.title)).toEqual(['Visa källtext']);
    const stored = await feedbackFor('När är budgetdagen?');
    expect(stored).toEqual([expect.objectContaining({ helpful: true, question: 'När är budgetdagen?', sources: [expect.objectContaining({ section: expect.stringMatching(/Budgetdagen/) })] })]);
    await post(url, cardAction(connector.url, user, yes.verb, { ...yes.data, helpful: false }));
    const changed = await feedbackFor('När är budgetdagen?');
    expect(changed).toEqual([expect.objectContaining({ helpful: false })]);
  });

  it('When the user presses "Nej", then the card asks what was wrong (issue 13, point 8); the reason and comment are stored and admins see the answer beside "obesvarade"', async () => {
    await post(url, message(connector.url, user, 'Vem beslutar om budgeten?'));
    await connector.waitFor(1);
    const no = cardOf(connector.sent[0].activity).actions.find((a: { title: string }) => a.title === 'Nej');
    expect(no.type).toBe('Action.ShowCard');
    const reason = findAll(no.card, (n) => n.id === 'reason')[0];
    expect(reason.choices.map((c: { title: string }) => c.title)).toEqual(['Svaret är fel', 'Svaret är ofullständigt', 'Fel källa', 'Annat']);
    const send = no.card.actions[0];
    const res = await post(url, cardAction(connector.url, user, send.verb, { ...send.data, reason: 'incomplete', comment: 'Säger inte <b>när</b>' }));
    expect(texts(res.body.value)).toContain('Tack för din återkoppling');
    expect(await feedbackFor('Vem beslutar om budgeten?')).toEqual([expect.objectContaining({ helpful: false, reason: 'incomplete', comment: 'Säger inte <b>när</b>' })]);
    connector.reset();
    await post(url, message(connector.url, { id: 'u-admin', aadObjectId: 'aad-admin' }, 'obesvarade'));
    await connector.waitFor(1);
    expect(connector.sent[0].activity.text).toContain('Svar som fått Nej:\n\n1. Vem beslutar om budgeten? (1 × Nej: ofullständigt 1) – "Säger inte \\<b\\>när\\</b\\>"');
  });

  it('When a question is outside the model, then "Det vet jag inte" comes back without feedback buttons, and admins can list it', async () => {
    for (let i = 0; i < 2; i++) await post(url, message(connector.url, user, 'Hur mycket kostar en kaffe i Stockholm?'));
    await post(url, message(connector.url, user, 'Vem vann fotbolls-VM?'));
    await connector.waitFor(3);
    const card = cardOf(connector.sent[0].activity);
    expect(texts(card)).toContain('Det vet jag inte');
    expect(card.actions ?? []).toEqual([]);
    connector.reset();
    await post(url, message(connector.url, { id: 'u-admin', aadObjectId: 'aad-admin' }, 'obesvarade'));
    await connector.waitFor(1);
    expect(connector.sent[0].activity.text).toMatch(/1\. Hur mycket kostar en kaffe i Stockholm\? \(2 gånger\)/);
  });

  it('When the model has no sure answer, then "Menade du" offers questions it can answer; pressing one answers it, and admins see what was meant', async () => {
    connector.reset();
    await post(url, message(connector.url, user, 'Vem bestämmer om budgetramarnas fördelning mellan förskolorna?'));
    await connector.waitFor(1);
    const card = cardOf(connector.sent[0].activity);
    expect(validateCard(card).failures).toEqual([]);
    const offered = findAll(card, (n) => n.type === 'Action.Execute' && n.verb === 'qa.ask');
    expect(offered.length).toBeGreaterThan(0);
    expect(texts(card)).toContain('Menade du');
    const res = await post(url, cardAction(connector.url, user, 'qa.ask', offered[0].data));
    expect(res.body.statusCode).toBe(200);
    expect(res.body.value.body[0].text).not.toMatch(/^Det vet jag inte/);
    expect(findAll(res.body.value, (n) => n.type === 'TextBlock' && /^Källa: /.test(n.text)).length).toBeGreaterThan(0);
    connector.reset();
    await post(url, message(connector.url, { id: 'u-admin', aadObjectId: 'aad-admin' }, 'obesvarade'));
    await connector.waitFor(1);
    expect(connector.sent[0].activity.text).toContain(`Vem bestämmer om budgetramarnas fördelning mellan förskolorna? (`);
    expect(connector.sent[0].activity.text).toContain(`menade: ${offered[0].data.question}`);
  });

  it('When a non-admin asks for the unanswered list, then it is refused', async () => {
    await post(url, message(connector.url, user, 'obesvarade'));
    await connector.waitFor(1);
    expect(connector.sent[0].activity.text).toContain('bara administratörer');
  });

  it('When "årshjul oktober" is typed, then the events of October come back', async () => {
    await post(url, message(connector.url, user, 'årshjul oktober'));
    await connector.waitFor(1);
    expect(texts(cardOf(connector.sent[0].activity))).toMatch(/I oktober: /);
  });
});
