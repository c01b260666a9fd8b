/**
 * `npm run playground [-- --as megan]`: the Microsoft 365 Agents Playground (offline, Teams channel)
 * against the bot on http://127.0.0.1:$PORT/api/messages, as Alex Wilber (admin, chief) or another
 * mock user (megan: chief, adele: board member, isaiah: secretary, patti: förvaltningschef, lynne: deputy).
 * Start the bot first with `npm start`, in another terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/app/config';
import { startPlayground } from './lib/playground';
import { playgroundConfig } from './lib/playgroundUsers';

async function main(): Promise<void> {
  const botUrl = `http://127.0.0.1:${loadConfig().port}`;
  const healthy = await fetch(`${botUrl}/healthz`).then((r) => r.ok, () => false);
  if (!healthy) console.error(`Note: no bot answers on ${botUrl} yet — start it with "npm start" in another terminal.`);

  const asIndex = process.argv.indexOf('--as');
  const as = asIndex >= 0 ? process.argv[asIndex + 1] ?? 'alex' : 'alex';
  const folder = join(__dirname, '..', '.playground');
  mkdirSync(folder, { recursive: true });
  const configPath = join(folder, `config-${as.toLowerCase()}.yml`);
  writeFileSync(configPath, playgroundConfig(as));
  const playground = await startPlayground({ endpoint: `${botUrl}/api/messages`, port: 56150, logFile: join(folder, 'playground.log'), configPath });
  console.log(`\nMicrosoft 365 Agents Playground: open ${playground.url} in your browser (you are ${as}; try "hjälp" or "roller").\nStop with Ctrl+C.`);
  const stop = () => void playground.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  playground.child.once('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(`npm run playground: ${(e as Error).message}`);
  process.exit(1);
});
