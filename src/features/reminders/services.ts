import type { FeatureContext } from '../../kernel/Feature';
import type { RemindersService } from './domain/RemindersService';
import type { ReminderPrefsRepository } from './domain/ReminderPrefs';

/** What the reminder commands and actions use: the kernel's services, the use cases and the person's choices. */
export type RemindersFeatureServices = FeatureContext & {
  reminders: RemindersService;
  prefs: ReminderPrefsRepository;
};
