import { parse } from 'yaml';
import { playgroundConfig, playgroundUsers } from '../scripts/lib/playgroundUsers';
import { parseOrgFile } from '../src/kernel/org/parseOrgFile';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('Agents Playground as another mock user', () => {
  it('When the playground runs "--as megan", then its config makes Megan the current user and keeps the others', () => {
    const config = parse(playgroundConfig('Megan'));
    expect(config.version).toBe('0.1.1');
    expect(config.currentUser.email).toBe('meganb@example.com');
    expect(config.users).toHaveLength(playgroundUsers.length - 1);
  });

  it('When the name is not a mock user, then it says which ones exist', () => {
    expect(() => playgroundConfig('zorro')).toThrow(/alex, megan, adele, isaiah, patti, lynne/);
  });

  it('Every mock user has a role in the Hallstahammar sample organisation', () => {
    const org = parseOrgFile(readFileSync(join(__dirname, '..', 'org', 'hallstahammar.sample.yaml'), 'utf8'), 'yaml');
    const emails = new Set(org.people.filter((p) => p.roles.length).map((p) => p.email));
    for (const u of playgroundUsers) expect(emails).toContain(u.email);
  });
});
