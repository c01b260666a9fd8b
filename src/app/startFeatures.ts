import type { Feature, FeatureContext, FeatureParts } from '../kernel/Feature';
import { AuditTrail } from '../kernel/audit/AuditTrail';
import type { ReportAddendum } from '../kernel/forms/ReportAddendum';
import { WorkingCalendar } from '../kernel/calendar/WorkingCalendar';
import { createConversationRefRepository } from '../kernel/conversations/ConversationRefRepository';
import type { DeadlineSource } from '../kernel/deadlines/Deadline';
import { DeadlineStore } from '../kernel/deadlines/DeadlineStore';
import { MeetingCalendar } from '../kernel/deadlines/MeetingCalendar';
import type { SignedLinks } from '../kernel/export/SignedLinks';
import { DeliveryQueue } from '../kernel/jobs/DeliveryQueue';
import { Dispatcher } from '../kernel/jobs/Dispatcher';
import { createJobs } from '../kernel/jobs/Jobs';
import { Lease } from '../kernel/jobs/Lease';
import { Scheduler } from '../kernel/jobs/Scheduler';
import { SendLimiter, teamsLimits } from '../kernel/jobs/SendLimiter';
import type { PackRegistry } from '../kernel/knowledge/PackRegistry';
import type { ProactiveSender } from '../kernel/notify/Notifier';
import { createOrgRepository } from '../kernel/org/OrgRepository';
import { kernelRetention } from '../kernel/retention/kernelRetention';
import { PersonalData } from '../kernel/retention/PersonalData';
import { RetentionPolicy } from '../kernel/retention/RetentionPolicy';
import { retentionJob } from '../kernel/retention/retentionJob';
import { createChatSettings } from '../kernel/session/ChatSettings';
import type { DocumentStore } from '../kernel/store/Collection';
import type { Command } from '../kernel/turn/Command';
import type { Logger } from '../shared/logger';
import type { Config } from './config';
import { collectionsOf } from './features';

export interface StartedFeatures {
  context: FeatureContext;
  parts: FeatureParts[];
  commands: Command[];
  dispatcher: Dispatcher;
  /** Runs the dispatcher every 15 s and the features' jobs, while this instance holds the scheduler lease. */
  scheduler: Scheduler;
  limiter: SendLimiter;
}

/**
 * The kernel's services (organisation, conversations, deadlines, the jobs platform) built once on the
 * store, and every feature started on them. The bot process, the scheduler process and the CLIs share it.
 */
export function startFeatures(deps: { config: Config; logger: Logger; store: DocumentStore; packs: PackRegistry; clock: () => Date; features: Feature[]; sender: ProactiveSender; links: SignedLinks }): StartedFeatures {
  const { config, logger, store, packs, clock } = deps;
  const refs = createConversationRefRepository(store);
  const calendar = new WorkingCalendar(config.jobs.workingHours);
  const queue = new DeliveryQueue(store, clock);
  const lease = new Lease(store, 'scheduler', config.jobs.leaseTtlMs, clock);
  const limiter = new SendLimiter({ ...teamsLimits, perTenantPerSecond: config.jobs.ratePerSecond });
  const retention = new RetentionPolicy([...kernelRetention, ...deps.features.flatMap((f) => f.retention ?? [])], collectionsOf(deps.features), config.retentionDays);
  let dispatcher: Dispatcher | undefined;
  const commands: Command[] = [];
  const sources: DeadlineSource[] = [];
  const addenda: ReportAddendum[] = [];
  const context: FeatureContext = {
    logger,
    clock,
    store,
    packs,
    org: createOrgRepository(store),
    refs,
    chatSettings: createChatSettings(store),
    jobs: createJobs(queue, () => dispatcher!.run()),
    deadlines: new DeadlineStore(store, clock),
    meetings: new MeetingCalendar(store, clock),
    calendar,
    links: deps.links,
    defaultKommun: config.defaultKommun,
    authenticated: config.bot.authenticated,
    commands: () => commands,
    deadlineSources: () => sources,
    reportAddenda: (form) => addenda.filter((a) => a.form === form),
    audit: new AuditTrail(store, clock, logger),
    retention,
    personalData: new PersonalData(store, retention),
    dataProtectionUrl: config.publicBaseUrl && `${config.publicBaseUrl.replace(/\/+$/, '')}/dataskydd`,
  };
  const parts = deps.features.map((f) => f.start(context));
  commands.push(...parts.flatMap((p) => p.commands ?? []));
  sources.push(...parts.flatMap((p) => p.deadlineSources ?? []));
  addenda.push(...parts.flatMap((p) => p.reportAddenda ?? []));
  dispatcher = new Dispatcher({
    queue, lease, limiter, sender: deps.sender, refs, calendar, clock, logger,
    topics: parts.flatMap((p) => p.deliveryTopics ?? []),
    kommuner: () => packs.ids(),
    options: { staleAfterMs: config.jobs.leaseTtlMs * 2 },
  });
  const d = dispatcher;
  const featureJobs = parts.flatMap((p) => p.jobs ?? []).map((job) => ({ ...job, run: async (now: Date) => ((await lease.acquire()) ? job.run(now) : undefined) }));
  const scheduler = new Scheduler([{ name: 'dispatch', pattern: '*/15 * * * * *', run: () => d.run() }, retentionJob({ store, policy: retention, lease, kommuner: () => packs.ids(), logger }), ...featureJobs], logger);
  return { context, parts, commands, dispatcher, scheduler, limiter };
}

