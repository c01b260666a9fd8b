import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ical from 'node-ical';
import { validateBooking } from '../../src/features/dialogue/domain/bookingForm';
import type { DialogueMeeting } from '../../src/features/dialogue/domain/DialogueMeeting';
import type { MeetingContext } from '../../src/features/dialogue/domain/MeetingContext';
import { meetingIcs } from '../../src/features/dialogue/domain/meetingIcs';
import { participantChoices, resolveParticipants } from '../../src/features/dialogue/domain/participantChoices';
import { loadPack, PackError } from '../../src/kernel/knowledge/loadPack';
import type { OrgStructure, Person } from '../../src/kernel/org/orgSchema';
import { dialoguePacks } from '../support/dialogueApp';
import { followupOrg } from '../support/followupApp';
import { tempDataDir } from '../support/testApp';

const org: OrgStructure = { id: 'structure', tenant: 'provkommun', sample: false, importedAt: '', bodies: followupOrg.bodies, administrations: followupOrg.administrations, units: followupOrg.units };
const people: Person[] = followupOrg.people.map((p) => ({ ...p, tenant: 'provkommun' }));
const sekr = people.find((p) => p.id === 'sekr')!;
const at = (iso: string): MeetingContext => ({ kommun: 'provkommun', id: 'm-1', person: sekr, now: new Date(iso), today: iso.slice(0, 10), pack: dialoguePacks.get('provkommun'), org, people, responses: [] });
const valid = { type: 'dialogforum', body: 'bun', day: '2026-09-17', startTime: '13:00', endTime: '15:00', place: 'Rum 1', participants: 'person:ledamot', agenda: 'Läget' };
const errorsOf = (c: MeetingContext, raw: Record<string, string>) => {
  const v = validateBooking(c, raw);
  return v.ok ? {} : v.errors;
};

describe('Dialogue meeting types in the knowledge packs', () => {
  it.each([
    ['alingsas', 'dialog-delarsbokslut', 'Dialog delårsbokslut', 'KSAU/gruppledare i KF med samtliga nämnder och bolag'],
    ['hallstahammar', 'uppfoljningsdialog-delar', 'Uppföljningsdialog delårsrapport', 'Den politiska ledningen och förvaltningen'],
    ['ange', 'politikerdag-november', 'Politikerdag om planeringsförutsättningar', 'Kommunfullmäktiges ledamöter och ersättare, kallade av fullmäktiges presidier; förvaltningen presenterar'],
  ])('When the %s pack is loaded, then its meeting types name their step in the annual cycle, who takes part and a real section', (kommun, event, name, participants) => {
    const pack = loadPack(kommun);
    expect(pack.dialogueTypes.length).toBeGreaterThanOrEqual(4);
    expect(pack.dialogueTypes.find((t) => t.event === event)).toMatchObject({ name, participants });
    for (const t of pack.dialogueTypes) if (t.event) expect(pack.events.map((e) => e.id)).toContain(t.event);
  });

  it('When a pack ties a meeting type to an event it does not have, then the pack is refused at load', () => {
    const dir = tempDataDir();
    cpSync(join(__dirname, '..', 'fixtures', 'dialogue', 'knowledge', 'provkommun'), join(dir, 'provkommun'), { recursive: true });
    const file = join(dir, 'provkommun', 'pack.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('event: uppfoljningsdialog-delar\n    participants', 'event: finns-inte\n    participants'));
    expect(() => loadPack('provkommun', dir)).toThrow(PackError);
    expect(() => loadPack('provkommun', dir)).toThrow(/uppfoljningsdialog-delar → finns-inte/);
  });
});

describe('Booking rules', () => {
  const c = at('2026-09-01T08:00:00Z');

  it('When a booking is complete, then it is valid', () => {
    expect(errorsOf(c, valid)).toEqual({});
  });

  it('When neither a place nor an https link is given, then the place asks for one; a link that is no https address is refused', () => {
    expect(errorsOf(c, { ...valid, place: '' })).toEqual({ place: 'Ange en plats eller en länk till mötet.' });
    expect(errorsOf(c, { ...valid, place: '', link: 'javascript:alert(1)' })).toEqual({ link: 'Länken måste vara en hel adress som börjar med https://' });
    expect(errorsOf(c, { ...valid, place: '', link: 'https://teams.microsoft.com/l/meetup-join/abc' })).toEqual({});
  });

  it('When the meeting is today and its start has passed, or questions are due after the meeting, then the field says so', () => {
    expect(errorsOf(at('2026-09-17T12:00:00Z'), valid)).toEqual({ startTime: 'Starttiden har redan varit i dag.' }); // 14:00 in Stockholm
    expect(errorsOf(c, { ...valid, questionsDue: '2026-09-18' })).toEqual({ questionsDue: 'Sista dag för frågor kan inte vara efter mötesdagen.' });
  });

  it('When only a body or a type the organiser may not choose is sent (a forged card), then it is refused', () => {
    const chief = { ...at('2026-09-01T08:00:00Z'), person: people.find((p) => p.id === 'fchef')! };
    expect(errorsOf(chief, { ...valid, body: 'sn' })).toEqual({ body: 'Välj ett av alternativen.' });
    expect(errorsOf(c, { ...valid, type: 'budgetdag' })).toEqual({ type: 'Välj ett av alternativen.' });
  });
});

describe('Participants by role or by person', () => {
  it('When roles are chosen, then they are the people holding them now, each once, by name', () => {
    const values = participantChoices(org, people).map((c) => c.value);
    expect(values).toContain('role:members:bun');
    expect(values).toContain('person:ledamot');
    expect(resolveParticipants(['role:members:bun', 'role:chiefs:bun', 'role:secretaries:bun', 'person:ledamot'], org, people).map((p) => p.id)).toEqual(['fchef', 'ledamot', 'sekr']);
    expect(resolveParticipants(['role:members:sn'], org, people)).toEqual([]);
  });
});

describe('Calendar file', () => {
  it('When a meeting is written as .ics, then an independent parser reads it back: one event with uid, times in UTC, place, agenda, and a sequence per version', () => {
    const meeting = {
      id: 'm-1', tenant: 'provkommun', kind: 'dialogue', state: 'submitted', type: 'dialogforum', body: 'bun', year: 2026, day: '2026-10-26',
      start: '2026-10-26T12:00:00.000Z', end: '2026-10-26T13:30:00.000Z', questionsDue: '2026-10-22', participants: [{ id: 'ledamot', name: 'Ledamot Fyra' }],
      answers: { place: 'Rum; 1, "stora"', agenda: 'Punkt 1\nPunkt 2 – åäö' }, version: 3, history: [], createdAt: '', createdBy: 'sekr', updatedAt: '2026-10-01T08:00:00Z', updatedBy: 'sekr', updatedByName: 'Sekreterare Sex',
    } as DialogueMeeting;
    const [event] = Object.values(ical.sync.parseICS(meetingIcs(meeting, 'Dialogforum – Barn- och utbildningsnämnden', 'Sekreterare Sex'))).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
    expect(event.uid).toBe('m-1@styrmodellsboten');
    expect(event.start.toISOString()).toBe('2026-10-26T12:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2026-10-26T13:30:00.000Z');
    expect(event.location).toBe('Rum; 1, "stora"');
    expect(String(event.description)).toContain('Punkt 2 – åäö');
    expect(String(event.description)).toContain('Deltagare: Ledamot Fyra');
    expect(Number(event.sequence)).toBe(2);
  });
});
