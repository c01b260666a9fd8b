import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layers of src/, lowest first: a file may import its own layer and those below, never one above;
 * features never import each other or the platform (they get kernel services); only the platform
 * (and the composition root) may import the Bot Framework SDK or restify.
 */
const root = join(__dirname, '..');
const src = join(root, 'src');
const layerOf = (file: string): { layer: number; name: string } => {
  const [top, second] = relative(src, file).split('/');
  const layers: Record<string, number> = { shared: 0, types: 0, kernel: 1, platform: 2, features: 2, app: 3, cli: 3 };
  if (!(top in layers)) throw new Error(`unknown layer folder src/${top}`);
  return { layer: layers[top], name: top === 'features' ? `features/${second}` : top };
};

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.spec.ts') ? [join(dir, d.name)] : []));

const importsOf = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'";]*from '([^']+)'/gm)].map((m) => m[1]);

describe('Architecture: layers and feature folders', () => {
  const all = files(src);

  it('When every source file is read, then none imports from a layer above its own', () => {
    const upward = all.flatMap((file) => {
      const own = layerOf(file);
      return importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => resolve(dirname(file), spec))
        .filter((target) => layerOf(target).layer > own.layer)
        .map((target) => `${relative(root, file)} → ${relative(root, target)}`);
    });
    expect(upward).toEqual([]);
  });

  it('When a feature is read, then it imports neither another feature nor the platform', () => {
    const crossing = all
      .filter((file) => layerOf(file).name.startsWith('features/'))
      .flatMap((file) => {
        const own = layerOf(file).name;
        return importsOf(file)
          .filter((spec) => spec.startsWith('.'))
          .map((spec) => resolve(dirname(file), spec))
          .filter((target) => { const t = layerOf(target).name; return t === 'platform' || (t.startsWith('features/') && t !== own); })
          .map((target) => `${relative(root, file)} → ${relative(root, target)}`);
      });
    expect(crossing).toEqual([]);
  });

  it('When the SDKs are looked for, then only the platform and the composition root import botbuilder or restify', () => {
    const importers = all.filter((file) => importsOf(file).some((spec) => /^(botbuilder|restify)/.test(spec))).map((f) => relative(src, f).split('/')[0]);
    expect([...new Set(importers)].sort()).toEqual(['app', 'platform']);
  });
});
