import { linkValidity } from '../../src/kernel/export/exportCard';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cardsDir, type AdaptiveCardJson } from '../../src/kernel/cards/renderCard';
import { bookingCard, notesCard } from '../../src/features/dialogue/cards/formCards';
import { meetingCard } from '../../src/features/dialogue/cards/meetingCard';
import { calendarCard, listCard } from '../../src/features/dialogue/cards/smallCards';
import type { DialogueMeeting, DialogueNotes, DialogueResponse } from '../../src/features/dialogue/domain/DialogueMeeting';
import type { MeetingContext } from '../../src/features/dialogue/domain/MeetingContext';
import { bookingFields } from '../../src/features/dialogue/domain/bookingForm';
import { followUpSlots } from '../../src/features/dialogue/domain/notesForm';
import type { OrgStructure, Person } from '../../src/kernel/org/orgSchema';
import { dialoguePacks } from '../support/dialogueApp';
import { validateCard } from '../support/validateCard';

const long = (n: number) => 'Hur påverkar de ökade kostnaderna för vikarier och den höga personalomsättningen kvaliteten i verksamheten? '.repeat(40).slice(0, n);
/** A large kommun: 20 bodies, 300 people with roles (more than the participants field offers by name). */
const org: OrgStructure = {
  id: 'structure', tenant: 'provkommun', sample: false, importedAt: '2026-01-01T00:00:00Z',
  bodies: Array.from({ length: 20 }, (_, b) => ({ id: `namnd-${b}`, name: `Nämnd nummer ${b} för vård, skola och omsorg`, kind: 'namnd' as const })),
  administrations: Array.from({ length: 20 }, (_, a) => ({ id: `forv-${a}`, name: `Förvaltning ${a}`, body: `namnd-${a}` })),
  units: [],
};
const people: Person[] = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, tenant: 'provkommun', name: `Förnamn Efternamnsson-Långnamn ${i}`, roles: [i === 0 ? { role: 'admin' } : { role: 'ledamot', body: `namnd-${i % 20}` }] }));
const participants = people.slice(0, 60).map((p) => ({ id: p.id, name: p.name }));
const audit = { version: 3, history: [], createdAt: '2026-09-01T08:00:00Z', createdBy: 'p0', updatedAt: '2026-09-02T08:00:00Z', updatedBy: 'p0', updatedByName: people[0].name };
const meeting: DialogueMeeting = {
  id: 'm-stor', tenant: 'provkommun', kind: 'dialogue', state: 'submitted', type: 'uppfoljningsdialog-delar', body: 'namnd-1', year: 2026, day: '2026-09-17',
  start: '2026-09-17T11:00:00.000Z', end: '2026-09-17T13:00:00.000Z', questionsDue: '2026-09-15', participants, ...audit,
  answers: { type: 'uppfoljningsdialog-delar', body: 'namnd-1', group: long(200), day: '2026-09-17', startTime: '13:00', endTime: '15:00', place: long(200), link: `https://teams.microsoft.com/l/meetup-join/${'a'.repeat(400)}`, participants: participants.map((p) => `person:${p.id}`).join(','), agenda: long(2000) },
};
const responses: DialogueResponse[] = participants.map((p, i) => ({
  id: `m-stor:${p.id}`, tenant: 'provkommun', kind: 'dialogueResponse', meeting: 'm-stor', person: p.id, personName: p.name, answer: i % 3 ? 'accepted' : 'declined', ...audit,
  questions: Array.from({ length: 5 }, (_, q) => ({ text: long(500), at: `2026-09-0${1 + (q % 9)}T10:00:00Z` })),
}));
const notes: DialogueNotes = {
  id: 'm-stor', tenant: 'provkommun', kind: 'dialogueNotes', meeting: 'm-stor', year: 2026, state: 'submitted', ...audit,
  answers: { discussed: long(2000), samsyn: long(2000), differences: long(2000), openQuestions: long(2000) },
  followUps: Array.from({ length: followUpSlots }, (_, i) => ({ task: long(200), owner: `p${i}`, ownerName: people[i].name, due: '2026-10-15' })),
};
const context = (now: string): MeetingContext => ({
  kommun: 'provkommun', id: 'm-stor', person: { ...people[1], roles: [{ role: 'admin' }] }, now: new Date(now), today: now.slice(0, 10), pack: dialoguePacks.get('provkommun'),
  org, people, meeting: { doc: meeting, etag: '"e"' }, notes: { doc: notes, etag: '"n"' }, responses,
});
const before = context('2026-09-10T08:00:00Z');
const after = context('2026-09-17T14:00:00Z');
const sixtyUsers = Array.from({ length: 60 }, (_, i) => `29:1${'x'.repeat(80)}${i}`);
const error = 'Datumet har redan varit. Välj en dag från och med i dag.';

const cases: Record<string, () => AdaptiveCardJson> = {
  meeting: () => meetingCard(after, { refreshUserIds: sixtyUsers, notice: { text: long(300), color: 'Good' } }),
  invitation: () => meetingCard({ ...before, person: people[2], notes: undefined }, { heading: 'Inbjudan till dialogmöte', question: { value: long(500), error: 'Skriv din fråga.' } }),
  booking: () => bookingCard(before, {
    values: Object.fromEntries(Object.entries(meeting.answers).map(([k, v]) => [k, String(v)])),
    errors: Object.fromEntries(Object.keys(bookingFields(before)).map((k) => [k, error])),
    stored: before.meeting, refreshUserIds: null,
  }),
  notes: () => notesCard(after, { values: Object.fromEntries(Object.entries(notes.answers).map(([k, v]) => [k, String(v)])), stored: after.notes, refreshUserIds: sixtyUsers }),
  list: () => listCard({
    intro: 'Möten där du är inbjuden eller som du organiserar.', canBook: true, more: '… och 12 möten till.',
    upcoming: Array.from({ length: 15 }, (_, i) => ({ id: `m-${i}`, title: `Uppföljningsdialog delårsrapport – ${org.bodies[i].name}`, line: `torsdag 17 september 2026 kl. 13:00–15:00 · ${long(200)}`, status: 'Du har inte svarat på inbjudan.' })),
    past: Array.from({ length: 10 }, (_, i) => ({ id: `p-${i}`, title: `Dialogforum – ${org.bodies[i].name}`, line: 'tisdag 1 september 2026 kl. 09:00–10:00 · online', status: 'Dokumenterat – öppna för anteckningarna.' })),
  }),
  calendar: () => calendarCard({ title: 'Uppföljningsdialog delårsrapport – Barn- och utbildningsnämnden', url: `https://bot.example.se/exports?t=${'a'.repeat(300)}`, validity: linkValidity('2026-05-02T12:20:00Z', 1) }),
};

describe('Dialogue card templates', () => {
  it('When the cards folder is listed, then every dialogue template (and the two forms) has a validation case here', () => {
    const templates = readdirSync(join(cardsDir, 'dialogue')).map((f) => f.replace(/\.json$/, ''));
    expect(Object.keys(cases).sort()).toEqual([...templates, 'invitation', 'booking', 'notes'].sort());
  });

  it.each(Object.keys(cases))('When %s is rendered with large realistic data, then the adaptivecards parser reports no failures and it stays under 80 KB', (name) => {
    const card = cases[name]();
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card)).not.toMatch(/\$\{/);
    const { failures, bytes } = validateCard(card);
    expect(failures).toEqual([]);
    expect(bytes).toBeLessThan(80_000);
  });

  it('When the meeting card is shown, then questions and participants are cut to what fits, with how many more', () => {
    const text = JSON.stringify(cases.meeting());
    expect(text).toContain('300 frågor har kommit in.');
    expect(text).toContain('… och 270 frågor till.');
    expect(text).toContain('… och 20 till.');
  });
});
