import type { Delivery } from '../../src/kernel/jobs/Delivery';
import { action, textOf } from '../support/cardQuery';
import { startDialogueApp } from '../support/dialogueApp';
import { who, type FollowupTestApp } from '../support/followupApp';

const sekr = who('sekr');
const ledamot = who('ledamot');
const chef = who('chef');
const now = new Date('2026-09-01T08:00:00Z');
const booking = { type: 'dialogforum', body: 'bun', day: '2026-09-10', startTime: '09:00', endTime: '10:00', place: 'Rum 1', participants: 'person:ledamot,person:chef', agenda: 'Läget' };

describe('Dialogue invitations through the delivery queue', () => {
  let t: FollowupTestApp;
  const cardsTo = (user: { id: string }) => t.connector.sent.filter((s) => s.conversationId === `a:${user.id}` && s.activity.attachments?.length).map((s) => s.activity.attachments![0].content);

  beforeAll(async () => {
    t = await startDialogueApp(() => now);
    await t.say(ledamot, 'roller'); // the chief has never opened the bot
    t.connector.reset();
  });
  afterAll(() => t.stop());

  it('When "Boka" is pressed again after a lost reply, then nothing new is queued; when the booking is changed, each participant gets one more invitation, the changed one', async () => {
    const meeting = action((await t.invoke(sekr, 'dialogue.open', {})).value, 'dialogue.submit')!.data.meeting;
    const first = await t.invoke(sekr, 'dialogue.submit', { meeting, etag: null, version: 0, ...booking });
    expect(textOf(first.value)).toContain('Mötet är bokat. Inbjudan skickas till 2 deltagare. Chef Ett kan inte nås i Teams ännu');
    await t.app.started.dispatcher.run();
    const again = await t.invoke(sekr, 'dialogue.submit', { meeting, etag: null, version: 0, ...booking });
    expect(textOf(again.value)).toContain('Mötet är bokat.');
    await t.app.started.dispatcher.run();
    expect(cardsTo(ledamot).map((c) => textOf(c).split('\n')[0].trim())).toEqual(['Inbjudan till dialogmöte']);
    const edit = (await t.invoke(sekr, 'dialogue.edit', { meeting })).value;
    const changed = await t.invoke(sekr, 'dialogue.submit', { ...action(edit, 'dialogue.submit')!.data, ...booking, startTime: '10:00', endTime: '11:00' });
    expect(textOf(changed.value)).toContain('Bokningen är ändrad (version 2).');
    await t.app.started.dispatcher.run();
    const cards = cardsTo(ledamot);
    expect(cards).toHaveLength(2);
    expect(textOf(cards[1])).toContain('Ändrad bokning av dialogmöte');
    expect(textOf(cards[1])).toContain('kl. 10:00–11:00');
    const queued = (await t.app.store.collection<Delivery>('deliveries').find('provkommun', { topic: 'dialogue.invitation' })).map((v) => [v.doc.id, v.doc.status]).sort();
    expect(queued).toEqual([
      [`dialogue:${meeting}:chef:v1`, 'no_reference'],
      [`dialogue:${meeting}:chef:v2`, 'no_reference'],
      [`dialogue:${meeting}:ledamot:v1`, 'sent'],
      [`dialogue:${meeting}:ledamot:v2`, 'sent'],
    ]);
  });

  it('When an invitation to an older version is still waiting when the booking changes, then it is skipped, not sent', async () => {
    const meeting = action((await t.invoke(sekr, 'dialogue.open', {})).value, 'dialogue.submit')!.data.meeting;
    await t.invoke(sekr, 'dialogue.submit', { meeting, etag: null, version: 0, ...booking });
    await t.app.started.dispatcher.run();
    const queue = t.app.started.context.jobs.queue;
    await queue.enqueue('provkommun', [{ id: `stale-${meeting}`, topic: 'dialogue.invitation', person: 'ledamot', aadObjectId: 'aad-ledamot', date: '2026-09-01', notBefore: now.toISOString(), window: 'any', data: { meeting, version: 0 } }]);
    t.connector.reset();
    await t.app.started.dispatcher.run();
    expect(cardsTo(ledamot)).toEqual([]);
    expect((await queue.byIds('provkommun', [`stale-${meeting}`])).get(`stale-${meeting}`)?.doc.status).toBe('skipped');
  });

  it('When a changed booking takes someone off the list, then they get one line saying so (no card, no buttons), the organiser is told, and the others get the changed invitation', async () => {
    const meeting = action((await t.invoke(sekr, 'dialogue.open', {})).value, 'dialogue.submit')!.data.meeting;
    await t.invoke(sekr, 'dialogue.submit', { meeting, etag: null, version: 0, ...booking });
    await t.app.started.dispatcher.run();
    t.connector.reset();
    const edit = (await t.invoke(sekr, 'dialogue.edit', { meeting })).value;
    const changed = await t.invoke(sekr, 'dialogue.submit', { ...action(edit, 'dialogue.submit')!.data, ...booking, participants: 'person:chef' });
    expect(textOf(changed.value)).toContain('Bokningen är ändrad (version 2). Inbjudan skickas till 1 deltagare. En person som inte längre är med får veta det.');
    await t.app.started.dispatcher.run();
    const toLedamot = t.connector.sent.filter((x) => x.conversationId === `a:${ledamot.id}`).map((x) => x.activity);
    expect(toLedamot).toHaveLength(1);
    expect(toLedamot[0].attachments ?? []).toEqual([]);
    expect(toLedamot[0].text).toMatch(/^Du är inte längre inbjuden till Dialogforum.*, torsdag 10 september 2026 kl\. 09:00–10:00\. Bokningen ändrades av Sekreterare Sex\.$/);
    const meetingDeadline = (await t.app.started.context.deadlines.ofYears('provkommun', [2026])).find((d) => d.id.includes(meeting) && d.kind === 'meeting');
    expect(meetingDeadline?.assignees).toEqual([{ kind: 'people', ids: ['chef'] }]);
  });
});
