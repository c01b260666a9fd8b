import type { DocumentStore } from '../src/kernel/store/Collection';
import { createOrgRepository } from '../src/kernel/org/OrgRepository';
import { importOrg } from '../src/kernel/org/importOrg';
import { openStore } from '../src/platform/store/openStore';
import { tempDataDir } from './support/testApp';

const org = {
  kommun: 'k',
  sample: false,
  bodies: [{ id: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd' as const }],
  administrations: [{ id: 'buf', name: 'Barn- och utbildningsförvaltningen', body: 'bun' }],
  units: [{ id: 'skola', name: 'Skolan', administration: 'buf' }],
  people: [
    { id: 'chef', name: 'Chef', roles: [{ role: 'chef' as const, unit: 'skola' }] },
    { id: 'larare', name: 'Lärare', roles: [] },
  ],
};

/** Counts the store's reads of people, to see what the role-holder list costs. */
function counting(store: DocumentStore): { store: DocumentStore; reads: () => number } {
  let reads = 0;
  return {
    reads: () => reads,
    store: {
      kind: store.kind,
      ping: () => store.ping(),
      close: () => store.close(),
      collection: <T>(name: string) => {
        const c = store.collection<any>(name);
        if (name !== 'people') return c;
        const wrapped = Object.create(c) as typeof c;
        wrapped.find = (...a: Parameters<typeof c.find>) => ((reads += 1), c.find(...a));
        return wrapped;
      },
    } as DocumentStore,
  };
}

describe('Role holders of a kommun (the people a refreshed card can go to)', () => {
  it('When the role holders are asked for, then only people with a role come back, from one read that is kept until the TTL or a change', async () => {
    const base = await openStore({ kind: 'embedded', dataDir: tempDataDir() }, ['org', 'people']);
    try {
      const { store, reads } = counting(base);
      let now = 0;
      const repo = createOrgRepository(store, { roleHoldersTtlMs: 30_000, clock: () => now });
      await importOrg(repo, org as never);
      const before = reads();
      expect((await repo.listRoleHolders('k')).map((p) => p.id)).toEqual(['chef']);
      await repo.listRoleHolders('k');
      expect(reads() - before).toBe(1);
      now = 31_000;
      await repo.listRoleHolders('k');
      expect(reads() - before).toBe(2);
      await importOrg(repo, { ...org, people: [...org.people, { id: 'sekr', name: 'Sekreterare', roles: [{ role: 'secretary', body: 'bun' }] }] } as never);
      expect((await repo.listRoleHolders('k')).map((p) => p.id).sort()).toEqual(['chef', 'sekr']);
    } finally {
      await base.close();
    }
  });

  it('When people were stored before the role flag existed, then the role holders are still found (from everyone, until the next import flags them)', async () => {
    const store = await openStore({ kind: 'embedded', dataDir: tempDataDir() }, ['org', 'people']);
    try {
      const people = store.collection<any>('people');
      await people.upsert({ id: 'chef', tenant: 'k', name: 'Chef', roles: [{ role: 'chef', unit: 'skola' }] });
      await people.upsert({ id: 'larare', tenant: 'k', name: 'Lärare', roles: [] });
      expect((await createOrgRepository(store).listRoleHolders('k')).map((p) => p.id)).toEqual(['chef']);
    } finally {
      await store.close();
    }
  });
});
