import type { OrgStructure } from '../org/orgSchema';
import { missingUnits, summarizeStatus, type UnitRecord } from './statusSummary';

const org: OrgStructure = {
  id: 'structure', tenant: 't', sample: false, importedAt: '',
  bodies: [{ id: 'bun', name: 'BUN', kind: 'namnd' }, { id: 'sn', name: 'SN', kind: 'namnd' }],
  administrations: [{ id: 'buf', name: 'BUF', body: 'bun' }, { id: 'sof', name: 'SOF', body: 'sn' }, { id: 'tom', name: 'Tom', body: 'sn' }],
  units: [
    { id: 'a', name: 'A', administration: 'buf' },
    { id: 'b', name: 'B', administration: 'buf' },
    { id: 'c', name: 'C', administration: 'buf' },
    { id: 'd', name: 'D', administration: 'sof' },
  ],
};
const report = (unit: string, state: UnitRecord['state']): UnitRecord => ({ unit, state });

describe('Status of a period', () => {
  it('When some units submitted and some saved drafts, then each förvaltning counts submitted, draft and not started', () => {
    const summary = summarizeStatus(org, [report('a', 'submitted'), report('b', 'draft')], () => true);
    expect(summary.totals).toEqual({ submitted: 1, draft: 1, notStarted: 2, total: 4 });
    expect(summary.groups.map((g) => [g.administration.id, g.body.name, g.counts])).toEqual([
      ['buf', 'BUN', { submitted: 1, draft: 1, notStarted: 1, total: 3 }],
      ['sof', 'SN', { submitted: 0, draft: 0, notStarted: 1, total: 1 }],
    ]);
    expect(missingUnits(summary).map((u) => [u.unit.id, u.state])).toEqual([['b', 'draft'], ['c', 'not_started'], ['d', 'not_started']]);
  });

  it('When the viewer may see only some units, then only those are counted and empty förvaltningar left out', () => {
    const summary = summarizeStatus(org, [report('d', 'submitted')], (u) => u === 'd');
    expect(summary.groups.map((g) => g.administration.id)).toEqual(['sof']);
    expect(summary.totals).toEqual({ submitted: 1, draft: 0, notStarted: 0, total: 1 });
  });
});
