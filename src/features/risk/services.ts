import type { FeatureContext } from '../../kernel/Feature';
import type { RiskRepository } from './domain/RiskRepository';

/** What the risk feature's commands and actions use: the kernel's services and its own repository. */
export type RiskServices = FeatureContext & { repo: RiskRepository };
