import type { Feature } from '../../kernel/Feature';
import { formActions } from '../../kernel/forms/formActions';
import { riskActions } from './actions';
import { riskCommands } from './commands';
import { controlWorkflow } from './controlWorkflow';
import { RiskRepository } from './domain/RiskRepository';
import { riskExporter } from './exportLinks';
import { planWorkflow } from './planWorkflow';
import { controlAddendum, riskDeadlineSource } from './riskDeadlines';
import { riskWorkflow } from './riskWorkflow';
import type { RiskServices } from './services';

/**
 * Risk and materiality analysis → internal control plan → control follow-up, per nämnd or förvaltning
 * and year: three form workflows on the kernel (a risk, the plan, a period's control follow-up).
 */
export const riskFeature: Feature = {
  name: 'risk',
  collections: ['risks', 'riskPlans', 'controlResults'],
  // Risk registers, plans and control results are public records (allmänna handlingar): kept as they are.
  retention: [
    { collection: 'risks', purpose: 'Riskregistret: risker med sannolikhet, konsekvens, riskvärde och åtgärder, med versionshistorik: allmänna handlingar.', keep: 'record', person: { scan: true, erase: 'keep' } },
    { collection: 'riskPlans', purpose: 'Internkontrollplaner (förslag och beslutade, med datum och paragraf), med versionshistorik: allmänna handlingar.', keep: 'record', person: { scan: true, erase: 'keep' } },
    { collection: 'controlResults', purpose: 'Resultat av kontrollmomenten per uppföljningsperiod, med versionshistorik: allmänna handlingar.', keep: 'record', person: { scan: true, erase: 'keep' } },
  ],
  start(ctx) {
    const s: RiskServices = { ...ctx, repo: new RiskRepository(ctx.store) };
    const flows = { risk: riskWorkflow(s), plan: planWorkflow(s), control: controlWorkflow(s) };
    return {
      commands: riskCommands(s, flows.plan),
      actions: [...formActions(flows.risk), ...formActions(flows.plan), ...formActions(flows.control), ...riskActions(s, flows)],
      exporters: [riskExporter(s)],
      deadlineSources: [riskDeadlineSource(s)],
      reportAddenda: [controlAddendum(s)],
    };
  },
};
