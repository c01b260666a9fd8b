import { z } from 'zod';
import { idPattern } from '../../shared/text';

const id = z.string().regex(idPattern, 'id with letters, digits, ".", "_" or "-"');

/** Roles a person can hold; the target says where (body, administration or unit). */
export const roleSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('admin') }),
  /** Secretary / controller: of one body, or kommun-wide without a body. */
  z.object({ role: z.literal('secretary'), body: id.optional() }),
  z.object({ role: z.literal('forvaltningschef'), administration: id }),
  z.object({ role: z.literal('chef'), unit: id }),
  z.object({ role: z.literal('deputy'), unit: id }),
  z.object({ role: z.enum(['ordforande', 'ledamot', 'ersattare']), body: id }),
]);

/** A goal of a nämnd or unit with its indicators; shown in the follow-up form (issue 4). */
export const goalSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i, 'id with letters, digits, "_" or "-"'),
  title: z.string().min(1),
  indicators: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i), name: z.string().min(1), unit: z.string().optional(), target: z.union([z.number(), z.string()]).optional() }))
    .default([]),
});

export const orgFileSchema = z.object({
  kommun: z.string().regex(/^[a-z0-9-]+$/),
  /** True for the invented sample organisations shipped with the project. */
  sample: z.boolean().default(false),
  bodies: z.array(z.object({ id, name: z.string(), kind: z.enum(['fullmaktige', 'styrelse', 'namnd', 'utskott', 'bolag', 'annan']), goals: z.array(goalSchema).optional() })).min(1),
  administrations: z.array(z.object({ id, name: z.string(), body: id })).default([]),
  units: z.array(z.object({ id, name: z.string(), administration: id, goals: z.array(goalSchema).optional() })).default([]),
  people: z
    .array(
      z.object({
        id,
        name: z.string(),
        email: z.string().email().transform((s) => s.toLowerCase()).optional(),
        aadObjectId: z.string().optional(),
        roles: z.array(roleSchema).default([]),
      }),
    )
    .default([]),
});

export type Role = z.infer<typeof roleSchema>;
export type OrgFile = z.infer<typeof orgFileSchema>;
export type OrgBody = OrgFile['bodies'][number];
export type Administration = OrgFile['administrations'][number];
export type Unit = OrgFile['units'][number];
export type Goal = z.infer<typeof goalSchema>;

/** A person as stored: one document per person and kommun. */
export interface Person {
  id: string;
  tenant: string;
  name: string;
  email?: string;
  aadObjectId?: string;
  roles: Role[];
}

/** The organisation structure of one kommun (bodies, administrations, units): one document. */
export interface OrgStructure {
  id: 'structure';
  tenant: string;
  sample: boolean;
  bodies: OrgBody[];
  administrations: Administration[];
  units: Unit[];
  importedAt: string;
}

/** Checks references between the parts of an org file; returns the problems found. */
export function orgFileProblems(org: OrgFile): string[] {
  const problems: string[] = [];
  const bodies = new Set(org.bodies.map((b) => b.id));
  const admins = new Set(org.administrations.map((a) => a.id));
  const units = new Set(org.units.map((u) => u.id));
  const dup = (kind: string, ids: string[]) =>
    ids.filter((x, i) => ids.indexOf(x) !== i).forEach((x) => problems.push(`${kind} ${x} finns två gånger`));
  dup('Organ', org.bodies.map((b) => b.id));
  dup('Förvaltning', org.administrations.map((a) => a.id));
  dup('Enhet', org.units.map((u) => u.id));
  dup('Person', org.people.map((p) => p.id));
  for (const owner of [...org.bodies, ...org.units]) {
    dup(`Mål i ${owner.id}:`, (owner.goals ?? []).map((g) => g.id));
    for (const g of owner.goals ?? []) dup(`Indikator i ${owner.id}/${g.id}:`, g.indicators.map((i) => i.id));
  }
  for (const a of org.administrations) if (!bodies.has(a.body)) problems.push(`Förvaltning ${a.id}: okänt organ ${a.body}`);
  for (const u of org.units) if (!admins.has(u.administration)) problems.push(`Enhet ${u.id}: okänd förvaltning ${u.administration}`);
  for (const p of org.people) {
    for (const r of p.roles) {
      if ('unit' in r && !units.has(r.unit)) problems.push(`Person ${p.id}: okänd enhet ${r.unit}`);
      if ('administration' in r && !admins.has(r.administration)) problems.push(`Person ${p.id}: okänd förvaltning ${r.administration}`);
      if ('body' in r && r.body && !bodies.has(r.body)) problems.push(`Person ${p.id}: okänt organ ${r.body}`);
    }
  }
  return problems;
}
