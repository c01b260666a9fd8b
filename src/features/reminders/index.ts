import type { Feature, FeatureContext } from '../../kernel/Feature';
import { deadlineActions, deadlinesCommand } from './adminDeadlines';
import { deliveryStatus } from './deliveryStatus';
import { meetingsCommand } from './fileImports';
import { arshjulSource } from './domain/arshjulSource';
import type { ReminderSettings } from './domain/leads';
import { ReminderPrefsRepository } from './domain/ReminderPrefs';
import { RemindersService } from './domain/RemindersService';
import { overviewCommand, settingsActions } from './overview';
import { personalActions } from './personalActions';
import { reminderTopic } from './reminderTopic';
import type { RemindersFeatureServices } from './services';

/**
 * Deadline reminders: the annual cycle's decisions and every feature's deadlines, planned per person
 * (lead times, working days, snoozes, digests) and put in the jobs platform's queue each working day.
 */
export const remindersFeature = (settings: ReminderSettings): Feature => ({
  name: 'reminders',
  collections: ['reminderPrefs'],
  retention: [
    {
      collection: 'reminderPrefs',
      purpose: 'En persons val för påminnelser (veckosammanfattning, avstängda slag, uppskjutna och klarmarkerade frister).',
      keep: 'days',
      days: 730,
      dateField: 'updatedAt',
      person: { fields: ['id'], erase: 'delete' },
    },
  ],
  start(ctx) {
    const prefs = new ReminderPrefsRepository(ctx.store, ctx.clock);
    const arshjul = arshjulSource({ packs: ctx.packs, org: ctx.org, meetings: ctx.meetings, calendar: ctx.calendar, papersLeadDays: settings.papersLeadDays });
    const reminders = remindersService(ctx, settings, prefs);
    const s: RemindersFeatureServices = { ...ctx, reminders, prefs };
    return {
      commands: [overviewCommand(s, (turn, args) => deliveryStatus(s, turn, args)), deadlinesCommand(s), meetingsCommand(s)],
      actions: [...personalActions(s), ...settingsActions(s), ...deadlineActions(s)],
      deadlineSources: [arshjul],
      deliveryTopics: [reminderTopic(reminders, ctx.packs)],
      jobs: [
        {
          // Every ten minutes in office hours on weekdays (holidays plan nothing: no lead lands on them).
          name: 'reminders.plan',
          pattern: '0 */10 6-16 * * 1-5',
          run: async () => {
            for (const kommun of ctx.packs.ids()) await reminders.queueDay(kommun);
          },
        },
      ],
    };
  },
});

/** The reminder use cases on the kernel's services (the feature's own, and the reminders:plan CLI's). */
export function remindersService(ctx: FeatureContext, settings: ReminderSettings, prefs = new ReminderPrefsRepository(ctx.store, ctx.clock)): RemindersService {
  return new RemindersService({
    deadlines: ctx.deadlines,
    sources: () => ctx.deadlineSources(),
    org: ctx.org,
    prefs,
    queue: ctx.jobs.queue,
    calendar: ctx.calendar,
    settings,
    clock: ctx.clock,
    logger: ctx.logger,
  });
}
