import type { DeliveryTopic } from '../../kernel/jobs/Dispatcher';
import type { NotifyMessage } from '../../kernel/notify/Notifier';
import { formatDay } from '../../shared/swedishTime';
import { reminderCard } from './cards/smallCards';
import { loadPeriod } from './domain/loadReportContext';
import { remindTopicName, type RemindData } from './domain/reminders';
import type { FollowupServices } from './services';

/**
 * Composes "Påminn" messages when they go out: units that submitted in the meantime are left out,
 * and a chief with none left gets nothing.
 */
export function remindTopic(s: FollowupServices): DeliveryTopic {
  return {
    topic: remindTopicName,
    async compose(kommun, groups) {
      const pack = s.packs.get(kommun);
      const structure = await s.org.getStructure(kommun);
      const cache = new Map<string, Promise<{ submitted: Set<string>; deadline?: string; name?: string }>>();
      const periodOf = (period: string, year: number) => {
        const key = `${period}:${year}`;
        if (!cache.has(key))
          cache.set(key, Promise.all([s.reports.listPeriod(kommun, period, year), loadPeriod(s.periodDeadlines, pack, period, year)]).then(([reports, p]) => ({
            submitted: new Set(reports.filter((r) => r.state === 'submitted').map((r) => r.unit)),
            deadline: p?.deadline,
            name: p?.name,
          })));
        return cache.get(key)!;
      };
      return Promise.all(
        groups.map(async (g): Promise<NotifyMessage | undefined> => {
          const data = g.deliveries[0].data as unknown as RemindData;
          const period = await periodOf(data.period, data.year);
          const units = data.units.filter((u) => !period.submitted.has(u)).flatMap((id) => structure?.units.filter((u) => u.id === id) ?? []);
          if (units.length === 0 || !period.deadline) return undefined;
          const text = `${period.name} ${data.year} för ${units.map((u) => u.name).join(', ')} är inte inlämnad ännu. Sista dag är ${formatDay(period.deadline)}.`;
          const card = reminderCard({ title: `${period.name} ${data.year}`, text, sender: data.sender, units: units.map((u) => ({ unit: u.id, name: u.name })), act: { period: data.period, year: data.year } });
          return { text, card };
        }),
      );
    },
  };
}
