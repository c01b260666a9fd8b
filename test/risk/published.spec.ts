import { seedSampleOrg } from '../../src/kernel/org/seedSampleOrg';
import { cardAction, message } from '../support/activities';
import { textOf } from '../support/cardQuery';
import { ConnectorStub } from '../support/connectorStub';
import { post, startTestApp } from '../support/testApp';
import type { App } from '../../src/app/createApp';

const alex = { id: '29:alex', aadObjectId: 'aad-alex', name: 'Alex Wilber' };

describe('The kommun\'s published risks as sample data (Alingsås KS 2025, seed 002)', () => {
  let app: App;
  let url: string;
  const connector = new ConnectorStub();

  beforeAll(async () => {
    await connector.start();
    ({ app, url } = await startTestApp({ DEFAULT_KOMMUN: 'alingsas' }));
    await seedSampleOrg(app.org, 'alingsas');
    const people = await app.org.listPeople('alingsas');
    const admin = people.find((p) => p.roles.some((r) => r.role === 'admin'))!;
    await app.org.savePerson({ ...admin, aadObjectId: alex.aadObjectId });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('When an admin opens the KS risk analysis for 2025, then the published risks are listed with their values, marked as published, and kept out of the matrix since their factors were not published', async () => {
    await post(url, message(connector.url, alex, 'riskanalys kommunstyrelsen 2025'));
    await connector.waitFor(1);
    const card = connector.sent[0].activity.attachments![0].content;
    const text = textOf(card);
    expect(text).toContain('14 risker i risk- och väsentlighetsanalysen.');
    expect(text).toContain('Välfärdsbrottslighet — riskvärde 12 (publicerat)');
    expect(text).toContain('14 risker har bara ett publicerat riskvärde (sannolikhet och konsekvens är inte publicerade)');
    const open = await post(url, cardAction(connector.url, alex, 'risk.open', { owner: 'b-ks', year: 2025, risk: 'pub-valfardsbrottslighet' }));
    const riskText = textOf(open.body.value);
    expect(riskText).toContain('Publicerat riskvärde 12. Sannolikhet och konsekvens är inte publicerade');
  });
});
