import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/app/config';
import { appFeatures } from '../src/app/features';
import { startFeatures } from '../src/app/startFeatures';
import { SignedLinks } from '../src/kernel/export/SignedLinks';
import { PackRegistry } from '../src/kernel/knowledge/PackRegistry';
import { openStore } from '../src/platform/store/openStore';
import { collectionsOf } from '../src/app/features';
import { fold } from '../src/shared/text';
import { tempDataDir } from './support/testApp';

/**
 * The help card is made from the commands' own `usage`; the README's table of what you type must say
 * the same (issue 13, point 10): the code is the source, this test keeps the README true to it.
 */
describe('README and help card agree', () => {
  it('When the README names a command in its table, then it writes it exactly as the help card does', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: tempDataDir(), SCHEDULER: 'off' });
    const features = appFeatures(config);
    const store = await openStore(config.store, collectionsOf(features));
    try {
      const { commands } = startFeatures({ config, logger: pino({ level: 'silent' }), store, packs: PackRegistry.load(), clock: () => new Date(), features, links: new SignedLinks(undefined, () => 'http://x', () => new Date()), sender: { send: async () => ({ outcome: 'failed' }) } });
      const names = commands.flatMap((c) => [c.name, ...(c.aliases ?? [])].map((k) => ({ words: fold(k).split(' '), command: c })));
      /** The command a typed line starts with (all of the name's words), the longest name first. */
      const commandOf = (typed: string) => {
        const words = fold(typed).split(' ');
        return names.filter((n) => n.words.every((w, i) => words[i] === w)).sort((a, b) => b.words.length - a.words.length)[0]?.command;
      };
      const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
      const table = readme.slice(readme.indexOf('## What the bot does'), readme.indexOf('## Configuration'));
      const typed = [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...m[1].matchAll(/`([^`]+)`/g)].map((x) => x[1]));
      expect(typed.length).toBeGreaterThan(10);
      const mismatches = typed.flatMap((t) => {
        const command = commandOf(t);
        if (!command || fold(t) === fold(command.name) || fold(t) === fold(command.usage)) return [];
        return [`README "${t}" ≠ help "${command.usage}"`];
      });
      expect(mismatches).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
