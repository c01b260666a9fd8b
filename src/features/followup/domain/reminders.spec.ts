import type { Notifier } from '../../../kernel/notify/Notifier';
import type { Person, Unit } from '../../../kernel/org/orgSchema';
import { planReminders, sendReminders } from './reminders';
import type { UnitStatus } from '../../../kernel/forms/statusSummary';

const unit = (id: string): Unit => ({ id, name: id.toUpperCase(), administration: 'x' });
const missing = (...ids: string[]): UnitStatus[] => ids.map((id) => ({ unit: unit(id), state: 'not_started' }));
const person = (id: string, roles: Person['roles'], aad?: string): Person => ({ id, tenant: 't', name: `Person ${id}`, roles, aadObjectId: aad });
const people = [
  person('p1', [{ role: 'chef', unit: 'a' }, { role: 'chef', unit: 'b' }], 'aad-1'),
  person('p2', [{ role: 'deputy', unit: 'a' }], 'aad-2'),
  person('p3', [{ role: 'deputy', unit: 'c' }]),
  person('p4', [{ role: 'secretary' }], 'aad-4'),
];

describe('Reminders to the chiefs of missing units', () => {
  it('When units are missing, then each chief is reminded once for all their units, deputies only where there is no chief', () => {
    const { plan, withoutChief } = planReminders(missing('a', 'b', 'c', 'd'), people);
    expect(plan.map((p) => [p.person.id, p.units.map((u) => u.id)])).toEqual([['p1', ['a', 'b']], ['p3', ['c']]]);
    expect(withoutChief.map((u) => u.id)).toEqual(['d']);
  });

  it('When sending, then each outcome is told apart: sent, no conversation yet, failed', async () => {
    const outcomes: Record<string, 'sent' | 'no_reference' | 'failed'> = { p1: 'sent', p3: 'no_reference', p2: 'failed' };
    const sent: string[] = [];
    const notifier: Notifier = { notifyPerson: async (_k, p, m) => (sent.push(`${p.id}:${m.text}`), outcomes[p.id]) };
    const plan = { plan: [{ person: people[0], units: [unit('a')] }, { person: people[2], units: [unit('c')] }, { person: people[1], units: [unit('a')] }], withoutChief: [unit('d')] };
    const result = await sendReminders(notifier, 'k', plan, (e) => ({ text: e.units.map((u) => u.name).join(',') }));
    expect(sent).toEqual(['p1:A', 'p3:C', 'p2:A']);
    expect({ sent: result.sent.map((p) => p.id), noReference: result.noReference.map((p) => p.id), failed: result.failed.map((p) => p.id), withoutChief: result.withoutChief.map((u) => u.id) })
      .toEqual({ sent: ['p1'], noReference: ['p3'], failed: ['p2'], withoutChief: ['d'] });
  });
});
