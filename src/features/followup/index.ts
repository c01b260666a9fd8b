import type { Feature } from '../../kernel/Feature';
import { formActions } from '../../kernel/forms/formActions';
import { followupCommands } from './commands';
import { deadlineCommand } from './deadlineCommand';
import { createDeadlineRepository } from './domain/DeadlineRepository';
import { followupExporter } from './domain/exportPeriod';
import { createFollowupRepository } from './domain/FollowupRepository';
import { followupDeadlineSource } from './domain/deadlineSource';
import { remindTopic } from './remindTopic';
import { statusActions } from './statusActions';
import type { FollowupServices } from './services';
import { followupWorkflow } from './workflow';

/** Follow-up reports (uppföljning): forms per unit and period, status, reminders and export. */
export const followupFeature: Feature = {
  name: 'followup',
  collections: ['followups', 'followupDeadlines'],
  retention: [
    {
      collection: 'followups',
      purpose: 'Enheternas uppföljningsrapporter med versionshistorik (vem som sparade och lämnade in vad, när): allmänna handlingar.',
      keep: 'record',
      person: { scan: true, erase: 'keep' },
    },
    {
      collection: 'followupDeadlines',
      purpose: 'Administratörers frister för en period och vem som satte dem.',
      keep: 'whileUsed',
      person: { fields: ['changedBy'], erase: 'pseudonymise' },
    },
  ],
  start(ctx) {
    const s: FollowupServices = {
      ...ctx,
      reports: createFollowupRepository(ctx.store),
      periodDeadlines: createDeadlineRepository(ctx.store),
    };
    const workflow = followupWorkflow(s);
    return {
      commands: [...followupCommands(s, workflow), deadlineCommand(s)],
      actions: [...formActions(workflow), ...statusActions(s)],
      exporters: [followupExporter(s)],
      deadlineSources: [followupDeadlineSource(s)],
      deliveryTopics: [remindTopic(s)],
    };
  },
};
