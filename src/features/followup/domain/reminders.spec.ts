import type { Delivery } from '../../../kernel/jobs/Delivery';
import type { Person, Unit } from '../../../kernel/org/orgSchema';
import { outcomeOf, planReminders, remindDeliveries } from './reminders';
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

  it('When pressed twice the same day, then the deliveries have the same ids (nothing is queued twice); another day they differ', () => {
    const { plan } = planReminders(missing('a', 'c'), people);
    const ref = { period: 'p', year: 2026, sender: 'S', notBefore: '2026-05-04T06:00:00Z' };
    const first = remindDeliveries(plan, { ...ref, day: '2026-05-04' }).map((d) => d.id);
    expect(remindDeliveries(plan, { ...ref, day: '2026-05-04' }).map((d) => d.id)).toEqual(first);
    expect(remindDeliveries(plan, { ...ref, day: '2026-05-05' }).map((d) => d.id)).not.toEqual(first);
  });

  it('When the queue has worked, then each person is told apart by what happened to their delivery', () => {
    const plan = [{ person: people[0], units: [unit('a')] }, { person: people[2], units: [unit('c')] }, { person: people[1], units: [unit('a')] }, { person: people[3], units: [unit('b')] }];
    const d = (p: string, status: Delivery['status']) => ({ person: p, status }) as Delivery;
    const result = outcomeOf(plan, [d('p1', 'sent'), d('p3', 'no_reference'), d('p2', 'blocked'), d('p4', 'waiting')], [unit('d')]);
    expect({ sent: result.sent.map((p) => p.id), waiting: result.waiting.map((p) => p.id), noReference: result.noReference.map((p) => p.id), failed: result.failed.map((p) => p.id), withoutChief: result.withoutChief.map((u) => u.id) })
      .toEqual({ sent: ['p1'], waiting: ['p4'], noReference: ['p3'], failed: ['p2'], withoutChief: ['d'] });
  });
});
