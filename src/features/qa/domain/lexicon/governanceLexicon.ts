import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../../../shared/projectRoot';

const governanceSchema = z.object({ swedish: z.array(z.array(z.string())), english: z.record(z.string(), z.array(z.string())) });
const governanceFile = join(projectRoot, 'knowledge', 'lexicon', 'governance.yaml');
let governance: z.infer<typeof governanceSchema> | undefined;

/** The shared governance vocabulary (knowledge/lexicon/governance.yaml), read once. */
export function governanceLexicon(): z.infer<typeof governanceSchema> {
  return (governance ??= governanceSchema.parse(parseYaml(readFileSync(governanceFile, 'utf8'))));
}
