import type { Deadline } from '../../kernel/deadlines/Deadline';
import type { DeliveryGroup, DeliveryTopic } from '../../kernel/jobs/Dispatcher';
import type { PackRegistry } from '../../kernel/knowledge/PackRegistry';
import type { NotifyMessage } from '../../kernel/notify/Notifier';
import { orgIndex } from '../../kernel/org/OrgIndex';
import { swedishDay } from '../../shared/swedishTime';
import { reminderCard, type ReminderItem } from './cards/reminderCard';
import { describeDeadline } from './domain/describeDeadline';
import { digestItems } from './domain/planner';
import { reminderTopicName, type ReminderData, type RemindersService } from './domain/RemindersService';

/**
 * Composes reminders when they go out, from what is true then: a deadline cancelled, closed or done for
 * this person's unit since it was planned is left out, and a reminder with nothing left is skipped.
 */
export function reminderTopic(service: RemindersService, packs: PackRegistry): DeliveryTopic {
  const { deadlines: store, calendar, clock, org } = service.deps;
  return {
    topic: reminderTopicName,
    async compose(kommun, groups) {
      const today = swedishDay(clock());
      const pack = packs.has(kommun) ? packs.get(kommun) : undefined;
      const datas = groups.flatMap((g) => g.deliveries.map((d) => d.data as unknown as ReminderData));
      const ids = [...new Set(datas.flatMap((d) => (d.deadline ? [d.deadline] : [])))];
      const found = new Map<string, Deadline>();
      for (const id of ids) {
        const d = await store.get(kommun, id);
        if (d?.status === 'active') found.set(id, d);
      }
      const completed = await service.completed(kommun, [...found.values()]);
      const structure = await org.getStructure(kommun);
      const needsDigest = datas.some((d) => d.lead === 'digest');
      const input = needsDigest ? await service.planInput(kommun, service.yearsAround(today)) : undefined;
      const people = needsDigest ? input!.people : [];

      const itemsOf = (g: DeliveryGroup): { items: ReminderItem[]; leads: string[] } => {
        const items: ReminderItem[] = [];
        const leads: string[] = [];
        for (const delivery of g.deliveries) {
          const data = delivery.data as unknown as ReminderData;
          if (data.lead === 'digest') {
            const secretary = people.find((p) => p.id === g.person);
            if (!secretary || !input) continue;
            for (const d of digestItems(input, secretary, today)) items.push({ ...describeDeadline(d, { today, calendar, pack, personal: false, progress: progressOf(d, input.completed.get(d.id)) }), closable: d.source !== 'followup' });
            leads.push('digest');
            continue;
          }
          const deadline = data.deadline ? found.get(data.deadline) : undefined;
          if (!deadline || (data.assignee && completed.get(deadline.id)?.has(data.assignee))) continue;
          const unit = data.assignee?.startsWith('unit:') && structure ? orgIndex(structure).units.get(data.assignee.slice(5)) : undefined;
          const progress = data.lead === 'escalation' && unit ? `${unit.name} har inte lämnat in. Du får detta som förvaltningschef.` : undefined;
          items.push(describeDeadline(deadline, { today, calendar, pack, personal: true, progress }));
          leads.push(data.lead);
        }
        return { items, leads };
      };

      return groups.map((g): NotifyMessage | undefined => {
        const { items, leads } = itemsOf(g);
        if (items.length === 0) return undefined;
        const heading = headingOf(leads, items.length, g.deliveries[0].group?.startsWith('week:') ?? false);
        const card = reminderCard({ heading, items, shown: items.filter((i) => i.personal).map((i) => i.deadline) });
        return { text: `${heading}: ${items[0].title} – ${items[0].dueLine}`, card };
      });
    },
  };
}

function headingOf(leads: string[], count: number, weekly: boolean): string {
  if (leads.includes('digest')) return 'Veckosammanfattning för dina organ';
  if (weekly) return 'Veckans påminnelser';
  if (count > 1) return 'Dina påminnelser i dag';
  if (leads[0] === 'escalation') return 'Försenad rapport i din förvaltning';
  if (leads[0] === 'overdue') return 'Försenat';
  if (leads[0] === 'snooze') return 'Påminnelse som du bad om';
  return 'Påminnelse';
}

/** "4 av 7 klara" for a deadline with several assignees; undefined for one. */
function progressOf(d: Deadline, done: Set<string> | undefined): string | undefined {
  if (d.assignees.length < 2) return undefined;
  const finished = d.assignees.filter((a) => a.kind !== 'people' && done?.has(`${a.kind}:${a.id}`)).length;
  return `${finished} av ${d.assignees.length} klara.`;
}
