/**
 * `npm run playground`: the Microsoft 365 Agents Playground (offline, Teams channel) against the bot
 * on http://127.0.0.1:$PORT/api/messages. Start the bot first with `npm start`, in another terminal.
 */
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { startPlayground } from './lib/playground';

async function main(): Promise<void> {
  const botUrl = `http://127.0.0.1:${loadConfig().port}`;
  const healthy = await fetch(`${botUrl}/healthz`).then((r) => r.ok, () => false);
  if (!healthy) console.error(`Note: no bot answers on ${botUrl} yet — start it with "npm start" in another terminal.`);

  const playground = await startPlayground({
    endpoint: `${botUrl}/api/messages`,
    port: 56150,
    logFile: join(__dirname, '..', '.playground', 'playground.log'),
  });
  console.log(`\nMicrosoft 365 Agents Playground: open ${playground.url} in your browser (you are "Alex Wilber"; try "hjälp").\nStop with Ctrl+C.`);
  const stop = () => void playground.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  playground.child.once('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(`npm run playground: ${(e as Error).message}`);
  process.exit(1);
});
