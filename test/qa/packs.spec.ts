import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPassage, listPacks, loadPack, PackError, sourcesOf } from '../../src/kernel/knowledge/loadPack';

const packs = listPacks();

describe('Knowledge packs', () => {
  it('The three kommuner of the seeds have packs', () => {
    expect(packs).toEqual(expect.arrayContaining(['alingsas', 'ange', 'hallstahammar']));
  });

  describe.each(packs)('%s', (kommun) => {
    const pack = loadPack(kommun);

    it('When loaded, then every fact cites an existing passage of one of its documents', () => {
      for (const ref of sourcesOf(pack)) expect(findPassage(pack, ref)).toBeDefined();
    });

    it('Decisions, events and document types name bodies that exist (or say who in words)', () => {
      const ids = new Set(pack.bodies.map((b) => b.id));
      const named = [...pack.decisions.flatMap((d) => [...d.decidedBy, ...d.preparedBy]), ...pack.events.flatMap((e) => e.actor), ...pack.documentTypes.flatMap((d) => d.decidedBy)];
      const unknownIds = named.filter((n) => /^[a-z0-9-]+$/.test(n) && !ids.has(n));
      expect(unknownIds).toEqual([]);
    });

    it('Has the facts managers ask about: role split, decisions, annual cycle, follow-up periods, glossary', () => {
      expect(pack.roleOverview?.text.length).toBeGreaterThan(40);
      expect(pack.decisions.length).toBeGreaterThanOrEqual(20);
      expect(pack.events.length).toBeGreaterThanOrEqual(10);
      expect(pack.periods.map((p) => p.asOf)).toEqual(['04-30', '08-31', '12-31']);
      expect(pack.glossary.length).toBeGreaterThanOrEqual(20);
    });

    it('Fact ids are unique and answer texts stay short', () => {
      for (const list of [pack.decisions, pack.events, pack.periods, pack.documentTypes, pack.bodies]) {
        const ids = list.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
      }
      for (const g of pack.glossary) expect(g.definition.length).toBeLessThanOrEqual(700);
    });
  });

  it('When a fact cites a section that does not exist, then loading fails with a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    cpSync(join(__dirname, '..', 'fixtures', 'knowledge', 'testkommun'), join(dir, 'testkommun'), { recursive: true });
    const file = join(dir, 'testkommun', 'pack.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('section: Kommunfullmäktige', 'section: Finns inte'));
    expect(() => loadPack('testkommun', dir)).toThrow(PackError);
    expect(() => loadPack('testkommun', dir)).toThrow(/styrmodell › Finns inte/);
  });

  it('When pack.yaml breaks the schema, then every problem is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    cpSync(join(__dirname, '..', 'fixtures', 'knowledge', 'testkommun'), join(dir, 'testkommun'), { recursive: true });
    const file = join(dir, 'testkommun', 'pack.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: fullmaktige', 'kind: kungahus').replace('shortName: Testkommunen', ''));
    expect(() => loadPack('testkommun', dir)).toThrow(/bodies\.0\.kind[\s\S]*shortName|shortName[\s\S]*bodies\.0\.kind/);
  });
});
