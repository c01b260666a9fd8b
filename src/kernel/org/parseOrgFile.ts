import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { ValidationError } from '../../shared/errors';
import { orgFileProblems, orgFileSchema, type OrgFile, type Role } from './orgSchema';

const bodyKinds = new Set(['fullmaktige', 'styrelse', 'namnd', 'utskott', 'bolag', 'annan']);

/**
 * Reads an organisation file: YAML (see org/*.sample.yaml) or CSV with the columns
 * `type,id,name,parent,email,aadObjectId,roles` (type = a body kind, "forvaltning", "enhet" or "person";
 * roles like `chef:unit-id;ledamot:body-id;admin`). A CSV file names its kommun in a first line
 * `kommun,<id>`. Throws ValidationError listing every problem.
 */
export function parseOrgFile(text: string, format: 'yaml' | 'csv'): OrgFile {
  const raw = format === 'yaml' ? parseYaml(text) : csvToOrg(text);
  const parsed = orgFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ValidationError(`Ogiltig organisationsfil:\n  ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`);
  }
  const problems = orgFileProblems(parsed.data);
  if (problems.length) throw new ValidationError(`Ogiltig organisationsfil:\n  ${problems.join('\n  ')}`);
  return parsed.data;
}

function csvToOrg(text: string): unknown {
  const rows: string[][] = parseCsv(text, { trim: true, skip_empty_lines: true, relax_column_count: true, comment: '#' });
  const kommunRow = rows.find((r) => r[0] === 'kommun');
  const header = rows.find((r) => r[0] === 'type');
  if (!kommunRow || !header) throw new ValidationError('CSV-filen behöver en rad "kommun,<id>" och en rubrikrad "type,id,name,parent,email,aadObjectId,roles"');
  const col = (name: string) => header.indexOf(name);
  const get = (r: string[], name: string) => (col(name) >= 0 ? r[col(name)] || undefined : undefined);
  const data = rows.filter((r) => r !== kommunRow && r !== header);
  return {
    kommun: kommunRow[1],
    bodies: data.filter((r) => bodyKinds.has(r[0])).map((r) => ({ id: get(r, 'id'), name: get(r, 'name'), kind: r[0] })),
    administrations: data.filter((r) => r[0] === 'forvaltning').map((r) => ({ id: get(r, 'id'), name: get(r, 'name'), body: get(r, 'parent') })),
    units: data.filter((r) => r[0] === 'enhet').map((r) => ({ id: get(r, 'id'), name: get(r, 'name'), administration: get(r, 'parent') })),
    people: data
      .filter((r) => r[0] === 'person')
      .map((r) => ({ id: get(r, 'id'), name: get(r, 'name'), email: get(r, 'email'), aadObjectId: get(r, 'aadObjectId'), roles: parseRoles(get(r, 'roles') ?? '') })),
  };
}

function parseRoles(text: string): Partial<Role>[] {
  const targetKey: Record<string, string> = {
    secretary: 'body', forvaltningschef: 'administration', chef: 'unit', deputy: 'unit', ordforande: 'body', ledamot: 'body', ersattare: 'body',
  };
  return text
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [role, target] = s.split(':').map((x) => x.trim());
      return target && targetKey[role] ? ({ role, [targetKey[role]]: target } as Partial<Role>) : ({ role } as Partial<Role>);
    });
}
