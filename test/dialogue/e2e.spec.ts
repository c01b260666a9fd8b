import * as ical from 'node-ical';
import { action, afterInput, findAll, input, textOf } from '../support/cardQuery';
import { startDialogueApp } from '../support/dialogueApp';
import { who, type FollowupTestApp } from '../support/followupApp';
import { validateCard } from '../support/validateCard';

const sekr = who('sekr'); // kommun-wide secretary: organises every body's meetings
const ledamot = who('ledamot');
const chef = who('chef');
const fskchef = who('fskchef');
const fchef = who('fchef'); // invited by role: förvaltningschef under BUN
const hchef = who('hchef'); // not invited
let now = new Date('2026-09-01T08:00:00Z');

const booking = {
  type: 'uppfoljningsdialog-delar',
  body: 'bun',
  group: 'Presidiet och förvaltningsledningen',
  day: '2026-09-17',
  startTime: '13:00',
  endTime: '15:00',
  place: 'Sessionssalen',
  participants: 'person:ledamot,person:chef,person:fskchef,role:chiefs:bun',
  agenda: 'Resultat per augusti\nPrioriterade områden framåt',
};

describe('Dialogue meetings over HTTP: booked, questions and answers, documented, follow-ups reminded', () => {
  let t: FollowupTestApp;
  let meeting: string;
  const meetings = () => t.app.store.collection('dialogueMeetings').find('provkommun');
  const cardsTo = (user: { id: string }) => t.connector.sent.filter((s) => s.conversationId === `a:${user.id}` && s.activity.attachments?.length).map((s) => s.activity.attachments![0].content);
  const expectValid = (card: object) => expect(validateCard(card).failures).toEqual([]);

  beforeAll(async () => {
    t = await startDialogueApp(() => now);
    // People who have opened the bot in a personal chat can be reached proactively.
    for (const u of [sekr, ledamot, chef, fskchef, fchef, hchef]) await t.say(u, 'roller');
    t.connector.reset();
  });
  afterAll(() => t.stop());

  it('When the organiser writes "dialogmöten", then the list has a "Boka dialogmöte" button that opens a booking form with the kommun\'s meeting types', async () => {
    const list = (await t.say(sekr, 'dialogmöten')).card;
    expectValid(list);
    expect(textOf(list)).toContain('Du har inga kommande dialogmöten.');
    const form = (await t.invoke(sekr, 'dialogue.open', action(list, 'dialogue.open')!.data)).value;
    expectValid(form);
    expect(textOf(form)).toContain('Boka dialogmöte');
    expect(input(form, 'type')!.choices.map((c: any) => c.title)).toEqual(['Uppföljningsdialog delårsrapport', 'Dialogforum']);
    expect(input(form, 'participants')!.isMultiSelect).toBe(true);
    expect(input(form, 'startTime')!.type).toBe('Input.Time');
    meeting = action(form, 'dialogue.submit')!.data.meeting;
  });

  it('When the booking has a date in the past, no participants and an end before the start, then the same card shows each message right after its field, keeps every typed value and stores nothing', async () => {
    const bad = { ...booking, day: '2026-08-31', startTime: '15:00', endTime: '13:00', participants: '' };
    const res = await t.invoke(sekr, 'dialogue.submit', { meeting, etag: null, version: 0, ...bad });
    const card = res.value;
    expectValid(card);
    expect(afterInput(card, 'day')).toMatchObject({ type: 'TextBlock', color: 'Attention', text: 'Datumet har redan varit. Välj en dag från och med i dag.' });
    expect(afterInput(card, 'participants')).toMatchObject({ color: 'Attention', text: 'Välj minst en deltagare.' });
    expect(afterInput(card, 'endTime')).toMatchObject({ color: 'Attention', text: 'Sluttiden måste vara efter starttiden.' });
    expect(input(card, 'place')!.value).toBe('Sessionssalen');
    expect(input(card, 'agenda')!.value).toBe(booking.agenda);
    expect(input(card, 'day')!.value).toBe('2026-08-31');
    expect(action(card, 'dialogue.submit')!.data.meeting).toBe(meeting);
    expect(await meetings()).toEqual([]);
  });

  it('When the booking is valid, then it is stored and every participant (by person or by role) gets an invitation card with answer, question and calendar buttons', async () => {
    const res = await t.invoke(sekr, 'dialogue.submit', { meeting, etag: null, version: 0, ...booking });
    expectValid(res.value);
    expect(textOf(res.value)).toContain('Mötet är bokat. Inbjudan skickas till 4 deltagare.');
    expect(textOf(res.value)).toContain('torsdag 17 september 2026 kl. 13:00–15:00');
    await t.app.started.dispatcher.run();
    for (const u of [ledamot, chef, fskchef, fchef]) {
      const [card] = cardsTo(u);
      expectValid(card);
      expect(textOf(card)).toContain('Inbjudan till dialogmöte');
      expect(textOf(card)).toContain('Uppföljningsdialog delårsrapport – Barn- och utbildningsnämnden');
      for (const verb of ['dialogue.respond', 'dialogue.ask', 'dialogue.calendar']) expect(action(card, verb)).toBeDefined();
    }
    expect(cardsTo(hchef)).toEqual([]);
    const [stored] = await meetings();
    expect(stored.doc).toMatchObject({ state: 'submitted', version: 1, day: '2026-09-17', start: '2026-09-17T11:00:00.000Z', questionsDue: '2026-09-15' });
  });

  it('When a participant asks for the calendar file, then a signed link comes in the chat and its .ics parses with node-ical to the meeting', async () => {
    t.connector.reset();
    const res = await t.invoke(ledamot, 'dialogue.calendar', { meeting });
    expect(res.value).toBe('Länken till kalenderfilen är skickad i chatten.');
    const [card] = cardsTo(ledamot);
    expectValid(card);
    const url = findAll(card, (n) => n.type === 'Action.OpenUrl')[0].url as string;
    const file = await fetch(url.replace(/^https?:\/\/[^/]+/, t.url));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = Object.values(ical.sync.parseICS(await file.text())).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
    expect(events).toHaveLength(1);
    expect(events[0].start.toISOString()).toBe('2026-09-17T11:00:00.000Z');
    expect(events[0].end?.toISOString()).toBe('2026-09-17T13:00:00.000Z');
    expect(events[0].summary).toBe('Uppföljningsdialog delårsrapport – Barn- och utbildningsnämnden');
    expect(events[0].location).toBe('Sessionssalen');
    expect(String(events[0].description)).toContain('Resultat per augusti');
  });

  it('When two participants send questions, then both show on the agenda for the chair, typed text inert', async () => {
    const asked = await t.invoke(ledamot, 'dialogue.ask', { meeting, question: 'Hur går det med **läsförståelsen**? <b>Se https://x.se</b>' });
    expect(textOf(asked.value)).toContain('Tack! Din fråga står nu på dagordningen.');
    await t.invoke(chef, 'dialogue.ask', { meeting, question: 'Vad kostar vikarierna i år?' });
    const empty = (await t.invoke(chef, 'dialogue.ask', { meeting, question: '   ' })).value;
    expect(afterInput(empty, 'question')).toMatchObject({ color: 'Attention', text: 'Skriv din fråga.' });
    const agenda = (await t.invoke(sekr, 'dialogue.open', { meeting })).value;
    expectValid(agenda);
    const text = textOf(agenda);
    expect(text).toContain('2 frågor har kommit in. Ordföranden tar upp dem på mötet.');
    expect(text).toContain('Hur går det med \\*\\*läsförståelsen\\*\\*? \\<b\\>Se https:\u200B//x.se\\</b\\>');
    expect(text).toContain('– Ledamot Fyra');
    expect(text).toContain('Vad kostar vikarierna i år?');
    expect(text).toContain('– Chef Ett');
  });

  it('When a participant declines, then the organiser sees it next to their name and in the count', async () => {
    const res = await t.invoke(fskchef, 'dialogue.respond', { meeting, answer: 'declined' });
    expect(textOf(res.value)).toContain('Du har tackat nej.');
    await t.invoke(ledamot, 'dialogue.respond', { meeting, answer: 'accepted' });
    const card = (await t.invoke(sekr, 'dialogue.refresh', { meeting })).value;
    expect(textOf(card)).toContain('Tackat ja: 1 · Tackat nej: 1 · Inte svarat: 2');
    const facts = findAll(card, (n) => n.type === 'FactSet').flatMap((f) => f.facts);
    expect(facts).toContainEqual({ title: 'Förskolechef Åtta', value: 'Tackat nej' });
    expect(facts).toContainEqual({ title: 'Ledamot Fyra', value: 'Tackat ja' });
  });

  it('When someone not invited presses the meeting\'s buttons, then each is refused politely and nothing is shown', async () => {
    for (const [verb, data] of [['dialogue.open', { meeting }], ['dialogue.ask', { meeting, question: 'Hej?' }], ['dialogue.calendar', { meeting }], ['dialogue.notes.open', { meeting }]] as const) {
      const res = await t.invoke(hchef, verb, data);
      expect({ verb, statusCode: res.statusCode }).toEqual({ verb, statusCode: 403 });
      expect(res.value.message).toContain('tyvärr inte tillgång');
    }
  });

  it('When the organiser documents the meeting with two follow-ups, then the card says there is no decision field, and the meeting card shows the notes', async () => {
    now = new Date('2026-09-17T14:00:00Z');
    const form = (await t.invoke(sekr, 'dialogue.notes.edit', { meeting })).value;
    expectValid(form);
    expect(textOf(form)).toContain('Därför finns inget beslutsfält här: beslut fattas av nämnden.');
    expect(findAll(form, (n) => typeof n.id === 'string' && /beslut|decision/i.test(n.id))).toEqual([]);
    const notes = {
      discussed: 'Resultatet per augusti och läsförståelsen.',
      samsyn: 'Läsförståelsen är viktigast.',
      differences: 'Hur snabbt vikariekostnaderna kan minska.',
      openQuestions: 'Effekten av nya läromedel.',
      'followup:1:task': 'Ta fram en plan för läsförståelse',
      'followup:1:owner': 'chef',
      'followup:1:due': '2026-10-15',
      'followup:2:task': 'Återkoppla om vikariekostnader',
      'followup:2:owner': 'ledamot',
      'followup:2:due': '2026-10-30',
    };
    const res = await t.invoke(sekr, 'dialogue.notes.submit', { ...action(form, 'dialogue.notes.submit')!.data, ...notes });
    expectValid(res.value);
    const text = textOf(res.value);
    expect(text).toContain('Mötet är dokumenterat (version 1). De 2 uppföljningarna blir påminnelser till de ansvariga.');
    expect(text).toContain('Anteckningar från mötet');
    expect(text).toContain('Läsförståelsen är viktigast.');
    expect(text).toContain('Ta fram en plan för läsförståelse – Chef Ett, senast 15 oktober 2026');
    // A participant opening the past meeting sees the notes.
    expect(textOf((await t.invoke(chef, 'dialogue.open', { meeting })).value)).toContain('Återkoppla om vikariekostnader – Ledamot Fyra, senast 30 oktober 2026');
  });

  it('When the notes are saved, then each follow-up is a deadline for its owner, and the owner\'s reminder is planned and sent', async () => {
    const deadlines = (await t.app.started.context.deadlines.ofYears('provkommun', [2026])).filter((d) => d.source === 'dialogue' && d.kind === 'task');
    expect(deadlines.map((d) => [d.title, d.due, d.assignees])).toEqual([
      ['Uppföljning efter dialogmöte: Ta fram en plan för läsförståelse', '2026-10-15', [{ kind: 'people', ids: ['chef'] }]],
      ['Uppföljning efter dialogmöte: Återkoppla om vikariekostnader', '2026-10-30', [{ kind: 'people', ids: ['ledamot'] }]],
    ]);
    const planned = (await t.say(chef, 'påminnelser')).card;
    expect(textOf(planned)).toContain('Uppföljning efter dialogmöte: Ta fram en plan för läsförståelse');
    t.connector.reset();
    now = new Date('2026-10-08T07:30:00Z'); // 7 days before the chief's follow-up is due
    for (const job of t.app.started.parts.flatMap((p) => p.jobs ?? [])) await job.run(now);
    await t.app.started.dispatcher.run();
    const [reminder] = cardsTo(chef);
    expect(textOf(reminder)).toContain('Uppföljning efter dialogmöte: Ta fram en plan för läsförståelse');
    expect(action(reminder, 'dialogue.open')?.data).toEqual({ meeting });
    expect(cardsTo(ledamot)).toEqual([]);
  });
});
