/** `npm run org:import -- FILE [FILE…]`: imports organisation files (YAML or CSV) into the configured store. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { loadConfig } from '../app/config';
import { kernelCollections } from '../app/features';
import { importOrg } from '../kernel/org/importOrg';
import { createOrgRepository } from '../kernel/org/OrgRepository';
import { parseOrgFile } from '../kernel/org/parseOrgFile';
import { openStore } from '../platform/store/openStore';

async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!files.length) {
    console.error('usage: npm run org:import -- FILE.yaml|FILE.csv [...]');
    process.exit(2);
  }
  const config = loadConfig();
  const store = await openStore(config.store, kernelCollections);
  try {
    const repo = createOrgRepository(store);
    for (const file of files) {
      const org = parseOrgFile(readFileSync(file, 'utf8'), extname(file).toLowerCase() === '.csv' ? 'csv' : 'yaml');
      const s = await importOrg(repo, org);
      console.log(`${file}: ${s.kommun}: ${s.bodies} organ, ${s.administrations} förvaltningar, ${s.units} enheter, ${s.people} personer (${s.removedPeople} borttagna)${org.sample ? ' [EXEMPELDATA]' : ''}`);
    }
  } finally {
    await store.close();
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
