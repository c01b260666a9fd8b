/**
 * Child process for the crash test: opens a NedbStore in the directory given as argument, writes,
 * says "written" and then waits, never closing the store, until the test kills it with SIGKILL.
 */
import { NedbStore } from '../../src/platform/store/embedded/NedbStore';
import type { StoredDoc } from '../../src/kernel/store/Collection';
import { allCollections } from './collections';

interface Note extends StoredDoc {
  title: string;
}

async function main(dataDir: string): Promise<void> {
  const store = await NedbStore.open(dataDir, allCollections);
  const notes = store.collection<Note>('questions');
  for (const id of ['ett', 'två', 'tre']) await notes.create({ id, tenant: 'hallstahammar', title: `Fråga ${id}` });
  const two = await notes.get('hallstahammar', 'två');
  await notes.replace({ id: 'två', tenant: 'hallstahammar', title: 'Fråga två, ändrad' }, two!.etag);
  await notes.delete('hallstahammar', 'tre');
  await store.collection<Note>('chatSettings').upsert({ id: 'språk', tenant: 'hallstahammar', title: 'sv' });
  process.stdout.write('written\n');
  setInterval(() => undefined, 60_000);
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
