import type { FeatureContext } from '../../kernel/Feature';
import type { DeadlineSource } from '../../kernel/deadlines/Deadline';
import type { DialogueRepository } from './domain/DialogueRepository';

/** What the dialogue commands and actions use: the kernel's services, the feature's store and its deadline source. */
export type DialogueServices = FeatureContext & {
  repo: DialogueRepository;
  source: DeadlineSource;
};
