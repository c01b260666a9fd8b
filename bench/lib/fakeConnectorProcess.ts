/** The child process of startFakeConnector: serves the fake connector and answers the parent's questions over IPC. */
import { FakeConnector, type ConnectorReport, type FakeConnectorOptions } from './fakeConnector';

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]) as FakeConnectorOptions;
  const connector = await new FakeConnector(options).start();
  process.on('message', (m: { type: string; id: number }) => {
    if (m.type === 'reached') process.send!({ type: 'reply', id: m.id, value: connector.reached.size });
    else if (m.type === 'report') process.send!({ type: 'reply', id: m.id, value: { accepted: connector.accepted, counts: connector.counts, log: connector.log } satisfies ConnectorReport });
    else if (m.type === 'stop') void connector.stop().then(() => process.exit(0));
  });
  // Gone with the parent, whatever way it ended.
  process.on('disconnect', () => process.exit(0));
  process.send!({ type: 'ready', url: connector.url });
}

main().catch((e: unknown) => {
  console.error(`fake connector: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
