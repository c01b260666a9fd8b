/**
 * `npm run infra:containers`: writes infra/containers.json, the Cosmos DB containers infra/main.bicep
 * creates, from the collections the app opens (the kernel's and every feature's). Run it after adding a
 * collection; test/infra.spec.ts fails while the file and the code disagree.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/app/config';
import { appFeatures, collectionsOf } from '../src/app/features';

const file = join(__dirname, '..', 'infra', 'containers.json');
const containers = collectionsOf(appFeatures(loadConfig({})));
writeFileSync(file, `${JSON.stringify(containers, null, 2)}\n`);
console.log(`${file}: ${containers.length} containers (${containers.join(', ')})`);
