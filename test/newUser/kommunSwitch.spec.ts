import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from '../../src/app/createApp';
import { importOrg } from '../../src/kernel/org/importOrg';
import { parseOrgFile } from '../../src/kernel/org/parseOrgFile';
import { sampleOrgDir } from '../../src/kernel/org/seedSampleOrg';
import { message } from '../support/activities';
import { ConnectorStub } from '../support/connectorStub';
import { post, startTestApp } from '../support/testApp';

const alex = { id: '29:alex', aadObjectId: 'aad-alex', name: 'Alex Wilber' };
const megan = { id: '29:megan', aadObjectId: 'aad-megan', name: 'Megan Bowen' };

describe('An admin who switches a chat to another kommun (issue 13, point 1)', () => {
  const connector = new ConnectorStub();
  let app: App;
  let url: string;
  const say = async (who: typeof alex, text: string, conversationId?: string) => {
    const before = connector.sent.length;
    await post(url, message(connector.url, who, text, conversationId ? { conversationId } : {}));
    await connector.waitFor(before + 1);
    return connector.sent[before].activity.text ?? '';
  };

  beforeAll(async () => {
    await connector.start();
    ({ app, url } = await startTestApp({ DEFAULT_KOMMUN: 'hallstahammar' }));
    const org = parseOrgFile(readFileSync(join(sampleOrgDir, 'hallstahammar.sample.yaml'), 'utf8'), 'yaml');
    org.people = org.people.map((p) => (p.id === 'alex' ? { ...p, aadObjectId: alex.aadObjectId } : p.id === 'megan' ? { ...p, aadObjectId: megan.aadObjectId } : p));
    await importOrg(app.org, org);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('When the admin switches his personal chat to Ånge, whose organisation does not list him, then he can still switch it back', async () => {
    expect(await say(alex, 'kommun ange')).toContain('Här i din personliga chatt svarar jag nu utifrån Ånge kommuns styrmodell');
    expect(await say(alex, 'roller')).toContain('Jag hittar dig inte i Ånge kommuns organisation');
    expect(await say(alex, 'kommun hallstahammar')).toContain('svarar jag nu utifrån Hallstahammars kommuns styrmodell');
    expect(await say(alex, 'roller')).toContain('Administratör');
  });

  it('When one user switches a personal chat, then it is that user\'s setting: another user (even on the same conversation id) keeps the default', async () => {
    await say(alex, 'kommun ange');
    expect(await say(megan, 'kommun', `a:${alex.id}`)).toContain('Hallstahammars kommuns styrmodell');
    await say(alex, 'kommun hallstahammar');
  });

  it('When someone who is admin nowhere tries, then it is refused', async () => {
    expect(await say(megan, 'kommun ange')).toBe('Bara en administratör kan byta kommun för en chatt.');
  });
});
