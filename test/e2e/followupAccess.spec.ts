import { NedbStore } from '../../src/platform/store/embedded/NedbStore';
import { action, afterInput, input, textOf } from '../support/cardQuery';
import { failingWrites } from '../support/failingStore';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';
import { tempDataDir } from '../support/testApp';
import { allCollections } from '../support/collections';

const ref = { period: 'delarsrapport', year: 2026, unit: 'skola' };
const period = { period: 'delarsrapport', year: 2026 };
const values = { 'economy:budget': '5 000', 'economy:outcome': '3 000', 'economy:forecast': '5 000' };

type Verb = 'open' | 'refresh' | 'edit' | 'save' | 'submit' | 'status' | 'export' | 'remind';
const data: Record<Verb, Record<string, unknown>> = {
  open: ref,
  refresh: ref,
  edit: ref,
  save: { ...ref, etag: null, version: 0, ...values },
  submit: { ...ref, etag: null, version: 0, ...values },
  status: period,
  export: period,
  remind: period,
};
const verbs = Object.keys(data) as Verb[];
const view: Verb[] = ['open', 'refresh'];
const edit: Verb[] = ['open', 'refresh', 'edit', 'save', 'submit'];
const status: Verb[] = ['status', 'export'];

/** Who may do what with the report of the unit "skola" (in nämnd "bun", förvaltning "buf"). */
const roles: [string, string, Verb[]][] = [
  ['the unit\'s chief', 'chef', edit],
  ['the chief\'s deputy', 'deputy', edit],
  ['an admin', 'admin', [...edit, ...status, 'remind']],
  ['a board member of the nämnd', 'ledamot', [...view, ...status]],
  ['the förvaltningschef', 'fchef', [...view, ...status, 'remind']],
  ['a secretary', 'sekr', [...view, ...status, 'remind']],
  ['the chief of another unit', 'hchef', []],
  ['a user unknown to the organisation', 'okand', []],
];

describe('Follow-up authorization, checked on every verb', () => {
  let t: FollowupTestApp;
  beforeAll(async () => {
    t = await startFollowupApp({ clock: () => new Date('2026-09-01T10:00:00Z') });
  });
  afterAll(() => t.stop());

  it.each(roles)('When %s presses each button, then exactly the allowed verbs succeed and the rest get a polite 403', async (_who, id, allowed) => {
    for (const verb of verbs) {
      const res = await t.invoke(who(id), `followup.${verb}`, data[verb]);
      if (allowed.includes(verb)) {
        expect({ verb, statusCode: res.statusCode }).toEqual({ verb, statusCode: 200 });
      } else {
        expect({ verb, statusCode: res.statusCode, type: res.type }).toEqual({ verb, statusCode: 403, type: 'application/vnd.microsoft.error' });
        expect(res.value.message).toMatch(/tyvärr|till för|kan skickas av|hittar dig inte/);
      }
    }
  });

  it('When a viewer opens the report, then the card has no inputs and no edit button; an editor gets the form', async () => {
    const viewed = (await t.invoke(who('fchef'), 'followup.open', ref)).value;
    expect(input(viewed, 'economy:budget')).toBeUndefined();
    expect(action(viewed, 'followup.edit')).toBeUndefined();
    const edited = (await t.invoke(who('deputy'), 'followup.edit', ref)).value;
    expect(input(edited, 'economy:budget')).toBeDefined();
  });

  it('When a board member tries to save by replaying a chief\'s card data, then nothing is written', async () => {
    const before = await t.reports.get('provkommun', ref);
    const res = await t.invoke(who('ledamot'), 'followup.submit', { ...ref, etag: before?.etag, version: before?.doc.version, ...values, analysis: 'Inte min rapport' });
    expect(res.value.message).toBe('Du kan tyvärr inte ändra uppföljningen för Skolan. Det kan bara enhetens chef, chefens ersättare och administratörer.');
    expect((await t.reports.get('provkommun', ref))?.etag).toBe(before?.etag);
  });

  it('When the card data is malformed, then the invoke is refused before any handler runs', async () => {
    const res = await t.invoke(who('chef'), 'followup.submit', { period: 'delarsrapport', year: 'nästa år', unit: '../admin' });
    expect(res).toMatchObject({ statusCode: 400, value: { code: 'invalid_data' } });
  });

  it('When a chief of another unit writes "status", then they are refused politely', async () => {
    expect((await t.say(who('hchef'), 'status delårsrapport 2026')).text).toContain('Statusöversikten och exporten är till för');
  });
});

describe('Follow-up when the store fails', () => {
  const failing = { on: false };
  let t: FollowupTestApp;
  beforeAll(async () => {
    const store = failingWrites(await NedbStore.open(tempDataDir(), allCollections), 'followups', failing);
    t = await startFollowupApp({ store, clock: () => new Date('2026-05-02T12:05:00Z') });
  });
  afterAll(() => t.stop());

  it('When saving fails in the store, then the same form comes back with every typed value and "try again", and nothing is half-written', async () => {
    const typed = { ...values, 'goal:b-bun:kunskap:assessment': 'uppfyllt', 'goal:u-skola:lasning:assessment': 'ej uppfyllt', 'goal:u-skola:lasning:comment': 'Personalbrist under våren.' };
    failing.on = true;
    const res = await t.invoke(who('chef'), 'followup.submit', { period: 'resultatprognos', year: 2026, unit: 'skola', etag: null, version: 0, ...typed });
    expect(res.statusCode).toBe(200);
    const card = res.value;
    expect(textOf(card)).toContain('Det gick inte att spara just nu, försök igen');
    for (const [id, value] of Object.entries(typed)) expect(input(card, id)?.value).toBe(value);
    expect(afterInput(card, 'economy:budget')?.color).not.toBe('Attention');
    expect(card.refresh).toBeUndefined();
    expect(await t.reports.get('provkommun', { period: 'resultatprognos', year: 2026, unit: 'skola' })).toBeUndefined();

    failing.on = false;
    const retried = await t.invoke(who('chef'), 'followup.submit', { ...action(card, 'followup.submit')!.data, ...typed });
    expect(textOf(retried.value)).toContain('Inlämnad ✓');
  });
});
