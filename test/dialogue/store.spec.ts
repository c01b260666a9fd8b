import { bookingBody, validateBooking } from '../../src/features/dialogue/domain/bookingForm';
import { dialogueDeadlineSource } from '../../src/features/dialogue/domain/deadlineSource';
import type { DialogueNotes } from '../../src/features/dialogue/domain/DialogueMeeting';
import { createDialogueRepository, dialogueCollections, type DialogueRepository } from '../../src/features/dialogue/domain/DialogueRepository';
import type { MeetingContext } from '../../src/features/dialogue/domain/MeetingContext';
import { saveResponse } from '../../src/features/dialogue/domain/saveResponse';
import { saveForm } from '../../src/kernel/forms/saveForm';
import { importOrg } from '../../src/kernel/org/importOrg';
import { createOrgRepository, type OrgRepository } from '../../src/kernel/org/OrgRepository';
import type { DocumentStore } from '../../src/kernel/store/Collection';
import { openStore } from '../../src/platform/store/openStore';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmosServer';
import { dialoguePacks } from '../support/dialogueApp';
import { followupOrg } from '../support/followupApp';
import { tempDataDir } from '../support/testApp';

const kommun = 'provkommun';
const collections = [...dialogueCollections, 'org', 'people'];
let cosmos: CosmosTestServer | undefined;
afterAll(() => cosmos?.close());
const stores: [string, () => Promise<DocumentStore>][] = [
  ['embedded store', () => openStore({ kind: 'embedded', dataDir: tempDataDir(), timeoutMs: 4000 }, collections)],
  ['Cosmos DB', async () => {
    cosmos ??= await startCosmosServer();
    return openStore({ kind: 'cosmos', endpoint: cosmos.endpoint, key: cosmos.key, database: `dialogue-${process.pid}-${Date.now()}`, timeoutMs: 4000 }, collections, { agent: cosmos.agent });
  }],
];

const now = new Date('2026-09-01T08:00:00Z');
const raw = { type: 'dialogforum', body: 'bun', day: '2026-09-17', startTime: '13:00', endTime: '15:00', place: 'Rum 1', participants: 'person:ledamot,person:chef', agenda: 'Läget' };
const sekr = { id: 'sekr', name: 'Sekreterare Sex' };
const admin = { id: 'admin', name: 'Admin Tre' };

describe.each(stores)('Dialogue meetings stored with versions and eTags, on the %s', (_name, open) => {
  let store: DocumentStore;
  let repo: DialogueRepository;
  let org: OrgRepository;
  let c: MeetingContext;
  const book = (id: string, etag: string | null, values: Record<string, string>, actor = sekr) =>
    saveForm(repo.meetings, { tenant: kommun, id, etag, intent: 'submit', raw: values, actor, now, validate: (r) => validateBooking(c, r), body: (a) => bookingBody(c, a, () => '2026-09-15') });

  beforeEach(async () => {
    store = await open();
    repo = createDialogueRepository(store);
    org = createOrgRepository(store);
    await importOrg(org, followupOrg);
    const people = await org.listPeople(kommun);
    c = { kommun, id: 'm-1', person: people.find((p) => p.id === 'sekr')!, now, today: '2026-09-01', pack: dialoguePacks.get(kommun), org: (await org.getStructure(kommun))!, people, responses: [] };
  });
  afterEach(() => store.close());

  it('When a booking is saved, changed from a stale card, and pressed again after a lost reply, then versions, the conflict and the repeat are told apart', async () => {
    const first = await book('m-1', null, raw);
    expect(first.outcome).toBe('saved');
    if (first.outcome !== 'saved') return;
    expect(first.record.doc).toMatchObject({ version: 1, state: 'submitted', participants: [{ id: 'chef', name: 'Chef Ett' }, { id: 'ledamot', name: 'Ledamot Fyra' }] });
    const second = await book('m-1', first.record.etag, { ...raw, startTime: '14:00' }, admin);
    expect(second.outcome === 'saved' && second.record.doc.version).toBe(2);
    const stale = await book('m-1', first.record.etag, { ...raw, place: 'Rum 2' });
    expect(stale.outcome === 'conflict' && stale.current.doc.updatedByName).toBe('Admin Tre');
    const repeat = await book('m-1', first.record.etag, { ...raw, startTime: '14:00' }, admin);
    expect(repeat.outcome === 'saved' && repeat.record.doc.version).toBe(2);
    const stored = (await repo.meetings.get(kommun, 'm-1'))!.doc;
    expect(stored.history.map((h) => [h.version, h.by, h.action, h.changed])).toEqual([
      [1, 'sekr', 'submitted', ['agenda', 'body', 'day', 'endTime', 'participants', 'place', 'startTime', 'type']],
      [2, 'admin', 'submitted', ['startTime']],
    ]);
    expect(stored.start).toBe('2026-09-17T12:00:00.000Z');
  });

  it('When a booking is invalid, then nothing is written', async () => {
    const bad = await book('m-2', null, { ...raw, participants: '' });
    expect(bad.outcome === 'invalid' && bad.errors).toEqual({ participants: 'Välj minst en deltagare.' });
    expect(await repo.meetings.get(kommun, 'm-2')).toBeUndefined();
  });

  it('When participants answer and ask at the same time, then every answer and question is kept, each in its own versioned response', async () => {
    await book('m-1', null, raw);
    const ledamot = { id: 'ledamot', name: 'Ledamot Fyra' };
    await Promise.all([
      saveResponse(repo.responses, kommun, 'm-1', ledamot, { kind: 'answer', answer: 'accepted' }, now),
      saveResponse(repo.responses, kommun, 'm-1', ledamot, { kind: 'question', text: 'Fråga ett?' }, now),
      saveResponse(repo.responses, kommun, 'm-1', ledamot, { kind: 'question', text: 'Fråga två?' }, now),
      saveResponse(repo.responses, kommun, 'm-1', { id: 'chef', name: 'Chef Ett' }, { kind: 'answer', answer: 'declined' }, now),
    ]);
    const answers = await repo.responsesTo(kommun, 'm-1');
    expect(answers.map((r) => [r.person, r.answer, r.questions.map((q) => q.text).sort(), r.version])).toEqual([
      ['chef', 'declined', [], 1],
      ['ledamot', 'accepted', ['Fråga ett?', 'Fråga två?'], 3],
    ]);
    expect((await repo.responsesOf(kommun, 'ledamot')).map((r) => r.meeting)).toEqual(['m-1']);
    expect((await repo.meetings.get(kommun, 'm-1'))!.doc.version).toBe(1);
  });

  it('When meetings are booked and documented, then the deadline source proposes the meeting, the questions day and each follow-up, and knows who is done', async () => {
    await book('m-1', null, raw);
    await book('m-3', null, { ...raw, day: '2027-01-20' });
    const notes: DialogueNotes = {
      id: 'm-1', tenant: kommun, kind: 'dialogueNotes', meeting: 'm-1', year: 2026, state: 'submitted', answers: { discussed: 'Läget.' }, version: 1, history: [],
      createdAt: '', createdBy: 'sekr', updatedAt: '', updatedBy: 'sekr', updatedByName: 'Sekreterare Sex',
      followUps: [{ task: 'Skicka *underlag*', owner: 'chef', ownerName: 'Chef Ett', due: '2026-10-01' }],
    };
    await repo.notes.create(notes);
    await saveResponse(repo.responses, kommun, 'm-1', { id: 'chef', name: 'Chef Ett' }, { kind: 'answer', answer: 'declined' }, now);
    await saveResponse(repo.responses, kommun, 'm-1', { id: 'ledamot', name: 'Ledamot Fyra' }, { kind: 'question', text: 'Hur?' }, now);
    const source = dialogueDeadlineSource({ packs: dialoguePacks, org, repo });
    const drafts = await source.deadlines(kommun, 2026);
    expect(drafts.map((d) => [d.key, d.kind, d.due, d.title, d.assignees])).toEqual([
      ['meeting:m-1', 'meeting', '2026-09-17', 'Dialogmöte: Dialogforum – Barn- och utbildningsnämnden', [{ kind: 'people', ids: ['chef', 'ledamot'] }]],
      ['questions:m-1', 'meeting', '2026-09-15', 'Skicka frågor inför Dialogforum – Barn- och utbildningsnämnden (17 september 2026)', [{ kind: 'people', ids: ['chef', 'ledamot'] }]],
      ['task:m-1:1', 'task', '2026-10-01', 'Uppföljning efter dialogmöte: Skicka \\*underlag\\*', [{ kind: 'people', ids: ['chef'] }]],
    ]);
    expect((await source.deadlines(kommun, 2027)).map((d) => d.key)).toEqual(['meeting:m-3', 'questions:m-3']);
    const stored = drafts.map(({ key, ...d }) => ({ ...d, id: `dialogue:${key}`, tenant: kommun, source: 'dialogue', status: 'active' as const, updatedAt: '' }));
    const done = await source.completed!(kommun, stored);
    expect([...done.entries()].map(([id, keys]) => [id, [...keys].sort()])).toEqual([
      ['dialogue:meeting:m-1', ['person:chef']],
      ['dialogue:questions:m-1', ['person:chef', 'person:ledamot']],
    ]);
  });
});
