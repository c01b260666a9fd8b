import type { Feature } from '../kernel/Feature';
import { basicsFeature } from '../features/basics';
import { dialogueFeature } from '../features/dialogue';
import { followupFeature } from '../features/followup';
import { privacyFeature } from '../features/privacy';
import { qaFeature } from '../features/qa';
import { remindersFeature } from '../features/reminders';
import { riskFeature } from '../features/risk';
import type { Config } from './config';

/** The app's workflows, in help-menu order. A new workflow is one folder under src/features and one line here. */
export const appFeatures = (config: Config): Feature[] => [
  basicsFeature,
  qaFeature({ openai: config.openai }),
  followupFeature,
  remindersFeature(config.reminders),
  dialogueFeature,
  riskFeature,
  privacyFeature,
];

/** The kernel's own collections: organisation, people, conversation references, chat settings, deadlines, meetings, the jobs platform's queue and lease, and the audit trail. */
export const kernelCollections = ['org', 'people', 'conversations', 'chatSettings', 'deadlines', 'meetings', 'deliveries', 'leases', 'audit'] as const;

/** Every collection the app keeps (Cosmos containers / NeDB files). */
export const collectionsOf = (features: Feature[]): string[] => [...kernelCollections, ...features.flatMap((f) => f.collections)];
