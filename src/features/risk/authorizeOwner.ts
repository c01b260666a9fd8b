import type { Authorized } from '../../kernel/forms/FormWorkflow';
import type { KnowledgePack } from '../../kernel/knowledge/loadPack';
import type { Need } from '../../kernel/org/access';
import type { OrgStructure } from '../../kernel/org/orgSchema';
import type { Session } from '../../kernel/turn/Session';
import { mayRisk, ownerOf, type RiskOwner } from './domain/RiskOwner';
import type { RiskServices } from './services';

/** What every risk action knows once the user's right is checked: the kommun's pack, organisation and the owner. */
export interface OwnerContext {
  kommun: string;
  pack: KnowledgePack;
  org: OrgStructure;
  owner: RiskOwner;
  year: number;
  canEdit: boolean;
}

export const riskRefusals = {
  unknownPerson: 'Jag hittar dig inte i organisationen, så jag kan inte visa riskanalysen.',
  noOwner: 'Jag hittar inte den nämnden eller förvaltningen.',
  cannot: (need: Need, name: string) =>
    need === 'edit' ? `Riskanalysen för ${name} kan förvaltningens chefer och nämndens sekreterare ändra.` : `Riskanalysen för ${name} kan nämndens ledamöter och förvaltningens chefer se.`,
};

/** Checks the user's right to an owner's risk work, on every action (card data can be replayed or forged). */
export async function authorizeOwner(s: RiskServices, session: Session, ownerKey: string, year: number, need: Need): Promise<Authorized<OwnerContext>> {
  const { person, kommun } = session;
  if (!person) return { ok: false, status: 403, message: riskRefusals.unknownPerson };
  const org = await s.org.getStructure(kommun);
  const owner = org && ownerOf(org, ownerKey);
  if (!org || !owner) return { ok: false, status: 404, message: riskRefusals.noOwner };
  if (!mayRisk(person, need, owner)) return { ok: false, status: 403, message: riskRefusals.cannot(need, owner.name) };
  return { ok: true, context: { kommun, pack: s.packs.get(kommun), org, owner, year, canEdit: mayRisk(person, 'edit', owner) } };
}
