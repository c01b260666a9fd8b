import type { Person } from './orgSchema';

/** Who answers for a unit: its chiefs, or its deputies when it has no chief (reminders, escalations). */
export function unitLeads(unitId: string, people: Person[]): Person[] {
  const holders = (role: 'chef' | 'deputy') => people.filter((p) => p.roles.some((r) => r.role === role && r.unit === unitId));
  const chiefs = holders('chef');
  return chiefs.length ? chiefs : holders('deputy');
}
