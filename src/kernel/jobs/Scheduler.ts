import { Cron } from 'croner';
import { errorFields, type Logger } from '../../shared/logger';

/** Something to do on a schedule: a cron pattern (seconds first, Europe/Stockholm) and the work. */
export interface ScheduledJob {
  name: string;
  pattern: string;
  run(now: Date): Promise<unknown>;
}

/**
 * Runs jobs with croner, each never overlapping itself (`protect`), errors logged and the next run
 * kept. The same scheduler runs inside the bot process or alone (`npm run scheduler`).
 */
export class Scheduler {
  private readonly crons: Cron[] = [];
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly jobs: ScheduledJob[], private readonly logger: Logger) {}

  start(): void {
    for (const job of this.jobs) {
      const cron = new Cron(job.pattern, { timezone: 'Europe/Stockholm', protect: true, name: job.name }, async () => {
        const run = job.run(new Date()).catch((e) => this.logger.error({ event: 'job_failed', job: job.name, err: errorFields(e) }, 'scheduled job failed'));
        this.running.add(run);
        await run.finally(() => this.running.delete(run));
      });
      this.crons.push(cron);
    }
  }

  /** Stops scheduling and waits for the runs in progress. */
  async stop(): Promise<void> {
    for (const c of this.crons) c.stop();
    await Promise.allSettled([...this.running]);
  }
}
