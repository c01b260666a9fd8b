import type { Logger } from '../../shared/logger';
import type { Lease } from '../jobs/Lease';
import type { ScheduledJob } from '../jobs/Scheduler';
import type { DocumentStore } from '../store/Collection';
import { expireOld } from './expireOld';
import type { RetentionPolicy } from './RetentionPolicy';

/**
 * Gallring every night at 02:15 (Europe/Stockholm), by the instance holding the scheduler lease only:
 * the expired working data of every kommun is deleted, and how much is logged per collection.
 */
export function retentionJob(deps: { store: DocumentStore; policy: RetentionPolicy; lease: Lease; kommuner: () => string[]; logger: Logger }): ScheduledJob {
  return {
    name: 'retention',
    pattern: '0 15 2 * * *',
    async run(now) {
      if (!(await deps.lease.acquire())) return undefined;
      const deleted = await expireOld(deps.store, deps.policy, deps.kommuner(), now);
      deps.logger.info({ event: 'retention_done', deleted }, 'expired data deleted');
      return deleted;
    },
  };
}
