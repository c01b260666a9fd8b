import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgStructure } from '../../../kernel/org/orgSchema';
import { parseOrgFile } from '../../../kernel/org/parseOrgFile';
import { findOwner } from './RiskOwner';

describe('findOwner', () => {
  const file = parseOrgFile(readFileSync(join(__dirname, '..', '..', '..', '..', 'org', 'hallstahammar.sample.yaml'), 'utf8'), 'yaml');
  const org: OrgStructure = { id: 'structure', tenant: 'hallstahammar', sample: true, bodies: file.bodies, administrations: file.administrations, units: file.units, importedAt: '2026-01-01T00:00:00Z' };

  it('When a nämnd or förvaltning is typed by its name without the sample organisation\'s "(exempel)", by its full name or by id, then it is found', () => {
    const bun = org.bodies.find((b) => b.name.startsWith('Barn- och utbildningsnämnden'))!;
    expect(bun.name).toContain('(exempel)');
    for (const typed of ['Barn- och utbildningsnämnden', 'barn- och utbildningsnamnden', bun.name, bun.id]) expect(findOwner(org, typed)?.key).toBe(`b-${bun.id}`);
    const adm = org.administrations[0];
    expect(findOwner(org, adm.name.replace(/\s*\(.*\)$/, ''))?.key).toBe(`f-${adm.id}`);
    expect(findOwner(org, 'Nämnden som inte finns')).toBeUndefined();
  });
});
