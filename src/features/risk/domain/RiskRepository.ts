import { ConflictError } from '../../../shared/errors';
import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import { modelBodies } from '../../../kernel/knowledge/modelBodies';
import type { DocumentStore, Versioned } from '../../../kernel/store/Collection';
import type { OrgStructure } from '../../../kernel/org/orgSchema';
import { slugId } from '../../../kernel/knowledge/slugId';
import type { ControlRecord } from './ControlRecord';
import type { PlanRecord } from './PlanRecord';
import { riskId, type RiskRecord } from './RiskRecord';
import type { RiskOwner } from './RiskOwner';

/** The risk feature's three collections, read the way its cards need them. */
export class RiskRepository {
  readonly risks;
  readonly plans;
  readonly controls;

  constructor(store: DocumentStore) {
    this.risks = store.collection<RiskRecord>('risks');
    this.plans = store.collection<PlanRecord>('riskPlans');
    this.controls = store.collection<ControlRecord>('controlResults');
  }

  /** The owner's register for a year, highest value first (removed risks left out). */
  async register(kommun: string, owner: string, year: number): Promise<RiskRecord[]> {
    const all = (await this.risks.find(kommun, { kind: 'risk', owner, year })).map((v) => v.doc).filter((r) => !r.removed);
    return all.sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.title.localeCompare(b.title, 'sv'));
  }

  /** Every version of the owner's plan for a year, the latest first. */
  async planVersions(kommun: string, owner: string, year: number): Promise<Versioned<PlanRecord>[]> {
    return (await this.plans.find(kommun, { kind: 'riskplan', owner, year })).sort((a, b) => b.doc.planVersion - a.doc.planVersion);
  }

  /**
   * The kommun's published risks for a body and year (from its knowledge pack) as register entries,
   * once: their value as published, likelihood and consequence left empty since they were not published.
   */
  async seedPublished(pack: KnowledgePack, org: OrgStructure, owner: RiskOwner, year: number): Promise<number> {
    if (owner.kind !== 'body') return 0;
    const meant = modelBodies(pack.bodies, org.bodies);
    const published = pack.risks.filter((r) => r.year === year && (meant.get(r.body) ?? [r.body]).includes(owner.id));
    let created = 0;
    for (const r of published) {
      const risk = `pub-${slugId(r.name)}`;
      const at = new Date(0).toISOString();
      const doc: RiskRecord = {
        id: riskId({ owner: owner.key, year, risk }), tenant: pack.kommun, kind: 'risk', owner: owner.key, year, risk, title: r.name, value: r.value,
        published: { value: r.value, source: r.source }, state: 'submitted', answers: { title: r.name },
        version: 1, history: [{ version: 1, at, by: 'styrmodell', byName: `${pack.name} (publicerat)`, action: 'imported', changed: ['title'] }],
        createdAt: at, createdBy: 'styrmodell', updatedAt: at, updatedBy: 'styrmodell', updatedByName: `${pack.name} (publicerat)`,
      };
      try {
        await this.risks.create(doc);
        created++;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
    }
    return created;
  }
}
