import type { AuditEntry } from '../../src/kernel/audit/AuditTrail';
import type { StoredDoc } from '../../src/kernel/store/Collection';
import { pseudonym } from '../../src/shared/logger';
import { botAdded } from '../support/activities';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';
import { post } from '../support/testApp';
import { validateCard } from '../support/validateCard';

const kommun = 'provkommun';
const admin = who('admin');
const chef = who('chef');
type Doc = StoredDoc & Record<string, unknown>;

/** The FactSet rows of a card as "title: value". */
const facts = (card: any): string[] => (card.body as any[]).filter((b) => b.type === 'FactSet').flatMap((b) => b.facts.map((f: any) => `${f.title}: ${f.value}`));
const verbs = (card: any): string[] => JSON.stringify(card).match(/"verb":"[^"]+"/g)?.map((v) => v.slice(8, -1)) ?? [];
const urls = (card: any): string[] => JSON.stringify(card).match(/"url":"[^"]+"/g)?.map((v) => v.slice(7, -1)) ?? [];

describe('Data protection in Teams: personuppgifter, the audit trail, dataskydd', () => {
  let t: FollowupTestApp;
  const audit = async () => (await t.app.store.collection<AuditEntry>('audit').find(kommun, {}, { orderBy: { field: 'at' } })).map((v) => v.doc);

  beforeAll(async () => {
    t = await startFollowupApp();
    const store = t.app.store;
    // The chief has left traces: an unanswered question (under a pseudonym), reminder choices, a submitted report.
    await store.collection<Doc>('questions').create({ id: 'q1', tenant: kommun, text: 'Vad gäller för X?', key: 'x', askedAt: new Date().toISOString(), askedBy: pseudonym('aad-chef') });
    await store.collection<Doc>('reminderPrefs').create({ id: 'chef', tenant: kommun, weeklyDigest: true, optOut: [], snoozed: {}, done: [], updatedAt: new Date().toISOString() });
    await store.collection<Doc>('followups').create({ id: 'delar:2026:skola', tenant: kommun, kind: 'followup', state: 'submitted', createdBy: 'chef', updatedBy: 'chef', history: [{ by: 'chef', byName: 'Chef Ett', action: 'submitted' }] });
  }, 30_000);
  afterAll(async () => t?.stop());

  it('When someone who is not an admin asks for a person\'s data, then the command and every button refuse, and each attempt is in the audit trail', async () => {
    expect((await t.say(chef, 'personuppgifter admin')).text).toContain('Bara en administratör');
    for (const verb of ['privacy.show', 'privacy.confirm', 'privacy.export', 'privacy.erase']) {
      expect(await t.invoke(chef, verb, { person: 'admin' })).toMatchObject({ statusCode: 403, value: { code: 'forbidden' } });
    }
    const refused = (await audit()).filter((e) => e.outcome === 'refused');
    expect(refused.map((e) => `${e.by} ${e.what} ${e.subject}`)).toEqual([
      'chef personuppgifter admin', 'chef personuppgifter:visa admin', 'chef personuppgifter:visa admin', 'chef personuppgifter:export admin', 'chef personuppgifter:radera admin',
    ]);
    expect(await t.app.org.getPerson(kommun, 'admin')).toBeDefined();
  });

  it('When an admin looks a person up, exports and erases, then the card says what is kept and why, the JSON link works, working data goes and the report stays', async () => {
    await t.say(chef, 'roller'); // a personal chat: the conversation reference
    const overview = (await t.say(admin, 'personuppgifter chef')).card;
    expect(validateCard(overview).failures).toEqual([]);
    expect(facts(overview)).toEqual(expect.arrayContaining(['people: 1 st – raderas', 'conversations: 1 st – raderas', 'questions: 1 st – raderas', 'reminderPrefs: 1 st – raderas', 'followups: 1 st – bevaras (allmän handling)']));
    expect(verbs(overview)).toEqual(['privacy.export', 'privacy.confirm']);

    const exported = await t.invoke(admin, 'privacy.export', { person: 'chef' });
    const link = urls(exported.value).find((u) => u.includes('/exports?t='))!;
    const res = await fetch(link);
    expect([res.status, res.headers.get('content-type'), res.headers.get('content-disposition')]).toEqual([200, 'application/json; charset=utf-8', `attachment; filename="personuppgifter-${kommun}-chef.json"`]);
    const json = (await res.json()) as { person: { id: string }; collections: { collection: string }[] };
    expect(json.person.id).toBe('chef');
    expect(json.collections.map((c) => c.collection)).toEqual(expect.arrayContaining(['people', 'conversations', 'questions', 'reminderPrefs', 'followups']));

    const confirm = await t.invoke(admin, 'privacy.confirm', { person: 'chef' });
    expect(verbs(confirm.value)).toEqual(['privacy.erase', 'privacy.show']);
    const erased = await t.invoke(admin, 'privacy.erase', { person: 'chef' });
    expect(validateCard(erased.value).failures).toEqual([]);
    const text = JSON.stringify(erased.value);
    expect(text).toContain('Raderat om Chef Ett (chef)');
    expect(text).toContain('followups är allmänna handlingar');
    expect(await t.app.org.getPerson(kommun, 'chef')).toBeUndefined();
    expect(await t.app.store.collection<Doc>('questions').get(kommun, 'q1')).toBeUndefined();
    expect((await t.app.store.collection<Doc>('followups').get(kommun, 'delar:2026:skola'))?.doc.createdBy).toBe('chef');
    const mine = (await audit()).filter((e) => e.by === 'admin' && e.what.startsWith('personuppgifter'));
    expect(mine.map((e) => `${e.what} ${e.subject} ${e.outcome}`)).toEqual(['personuppgifter:visa chef done', 'personuppgifter:export chef done', 'personuppgifter:visa chef done', 'personuppgifter:radera chef done']);
    // An old link no longer gives anything of what was erased.
    const after = (await (await fetch(link)).json()) as typeof json;
    expect(after.collections.map((c) => c.collection).sort()).toEqual(['audit', 'followups']);
  });

  it('When an admin runs commands and presses buttons, then each is in the audit trail (who, what, when, kommun, no text); a menu button counts as its command; others are not recorded', async () => {
    const before = (await audit()).length;
    await t.say(admin, 'kommun');
    await t.say(admin, 'obesvarade hemliga ord');
    await t.invoke(admin, 'run', { command: 'hjälp' });
    await t.say(who('ledamot'), 'roller');
    const entries = (await audit()).slice(before);
    expect(entries.map((e) => `${e.by} ${e.what}`)).toEqual(['admin command:kommun', 'admin command:obesvarade', 'admin command:hjälp']);
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(['at', 'by', 'id', 'tenant', 'what']);
    expect(JSON.stringify(entries)).not.toContain('hemliga');
  });

  it('When anyone asks about data protection, then "dataskydd" says what is stored and for how long, GET /dataskydd serves the page, and the welcome card says it too', async () => {
    const about = (await t.say(who('ledamot'), 'dataskydd')).text!;
    expect(about).toContain('365 dagar');
    expect(about).toContain('allmänna handlingar');
    const page = await fetch(`${t.url}/dataskydd`);
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/plain; charset=utf-8']);
    expect(await page.text()).toContain('# Dataskydd – Styrmodellsboten');
    const before = t.connector.sent.length;
    await post(t.url, botAdded(t.connector.url, who('ledamot')));
    await t.connector.waitFor(before + 1);
    const welcome = t.connector.sent[before].activity.attachments?.[0]?.content;
    expect(validateCard(welcome).failures).toEqual([]);
    expect(JSON.stringify(welcome)).toMatch(/Det här sparar jag: .*allmänna handlingar/);
    expect(JSON.stringify(welcome)).toContain('**dataskydd**');
  });
});
