import { z } from 'zod';
import { defineExporter } from '../../kernel/export/Exporter';
import type { Table } from '../../kernel/export/Table';
import type { Session } from '../../kernel/turn/Session';
import type { Reply } from '../../kernel/turn/Turn';
import { exportCard, linkValidity } from '../../kernel/export/exportCard';
import { mayRisk, ownerOf } from './domain/RiskOwner';
import { authorizeOwner } from './authorizeOwner';
import type { RiskServices } from './services';

/** Signed CSV and Excel links of the owner's register and plan (checked again at download). */
export async function exportLinks(s: RiskServices, session: Session, owner: string, year: number): Promise<Reply> {
  const auth = await authorizeOwner(s, session, owner, year, 'view');
  if (!auth.ok) return auth.message;
  const link = (what: 'register' | 'plan', format: 'csv' | 'xlsx') => s.links.create({ exporter: 'risk', kommun: session.kommun, params: { owner, year, what }, format, by: session.person!.id });
  const expiresAt = link('register', 'csv').expiresAt;
  return {
    card: exportCard({
      title: `Riskanalys ${auth.context.owner.name} ${year}`,
      validity: linkValidity(expiresAt),
      scopes: [
        { name: 'Riskregister', csv: link('register', 'csv').url, xlsx: link('register', 'xlsx').url },
        { name: 'Internkontrollplan', csv: link('plan', 'csv').url, xlsx: link('plan', 'xlsx').url },
      ],
    }),
  };
}

/** The register (every risk) or the newest plan version (its controls), as a table. */
export function riskExporter(s: RiskServices) {
  return defineExporter({
    name: 'risk',
    params: z.object({ owner: z.string(), year: z.coerce.number().int(), what: z.enum(['register', 'plan']) }),
    async produce(kommun, params, personId) {
      const [org, person] = await Promise.all([s.org.getStructure(kommun), s.org.getPerson(kommun, personId)]);
      const owner = org && ownerOf(org, params.owner);
      if (!owner) return { ok: false, reason: 'not_found' };
      if (!mayRisk(person, 'view', owner)) return { ok: false, reason: 'forbidden' };
      const name = `${params.what === 'register' ? 'riskregister' : 'internkontrollplan'}-${owner.id}-${params.year}`;
      let table: Table;
      if (params.what === 'register') {
        const risks = await s.repo.register(kommun, params.owner, params.year);
        table = {
          name: 'Riskregister',
          columns: ['Risk', 'Kategori', 'Sannolikhet', 'Konsekvens', 'Riskvärde', 'Publicerat värde', 'Beskrivning', 'Befintliga kontroller', 'Ansvarig', 'Version', 'Senast ändrad av'],
          rows: risks.map((r) => [r.title, r.category ?? null, r.likelihood ?? null, r.consequence ?? null, r.value ?? null, r.published?.value ?? null, str(r.answers.description), str(r.answers.controls), str(r.answers.riskOwner), r.version, r.updatedByName]),
        };
      } else {
        const plan = (await s.repo.planVersions(kommun, params.owner, params.year))[0]?.doc;
        table = {
          name: 'Internkontrollplan',
          columns: ['Risk', 'Riskvärde', 'Kontrollmoment', 'Metod', 'Frekvens', 'Ansvarig', 'Enhet', 'Rapporteras till', 'Rapporteras när', 'Planversion', 'Beslut'],
          rows: (plan?.rows ?? []).map((r) => [r.title, r.value ?? null, r.activity ?? null, r.method ?? null, r.frequency ?? null, r.responsible ?? null, org.units.find((u) => u.id === r.unit)?.name ?? null, r.reportTo ?? null, r.reportWhen ?? null, plan!.planVersion, plan!.state === 'submitted' && plan!.decision ? `${plan!.decision.date} ${plan!.decision.paragraph}` : 'ej beslutad']),
        };
      }
      return { ok: true, title: name, fileName: name, csv: table, sheets: [table] };
    },
  });
}

const str = (v: unknown) => (v === undefined ? null : String(v));
