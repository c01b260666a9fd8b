import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { message } from '../support/activities';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';
import { post } from '../support/testApp';
import { sharePointHost } from '../../src/platform/teams/attachedFiles';

const admin = who('admin');
const chef = who('chef');
const now = new Date('2026-11-02T08:00:00Z');

/** A stand-in for SharePoint's pre-authenticated download links. */
function fileServer(files: Record<string, string>) {
  const server: Server = createServer((req, res) => {
    const body = files[req.url ?? ''];
    res.statusCode = body === undefined ? 404 : 200;
    res.end(body);
  });
  return {
    url: (name: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${name}`,
    start: () => new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok())),
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:1', 'DTSTART;TZID=Europe/Stockholm:20261209T130000', 'SUMMARY:BUN', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

describe('Files sent to the bot in Teams: meeting calendars and deadline lists', () => {
  let t: FollowupTestApp;
  const files = fileServer({ '/bun.ics': ics, '/frister.csv': 'titel;datum;vem;typ\nGranska delegationsordningen;2026-12-18;Socialnämnden;kort\nFel;2026-13-01;bun\n', '/big.csv': 'x'.repeat(300_000) });
  const withFile = async (user: typeof admin, text: string, name: string) => {
    const before = t.connector.sent.length;
    const activity = { ...message(t.connector.url, user, text), attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: name.slice(1), content: { downloadUrl: files.url(name), uniqueId: 'u1', fileType: name.split('.').pop() } }] };
    await post(t.url, activity);
    await t.connector.waitFor(before + 1);
    return t.connector.sent[before].activity.text ?? '';
  };

  beforeAll(async () => {
    await files.start();
    t = await startFollowupApp({ clock: () => now });
  });
  afterAll(async () => {
    await t.stop();
    await files.stop();
  });

  it('When an admin sends a nämnd\'s ICS calendar with "sammanträden bun", then its meetings are read and listed', async () => {
    expect(await withFile(admin, 'sammanträden bun', '/bun.ics')).toBe('Barn- och utbildningsnämnden: 1 sammanträde');
    expect((await t.say(admin, 'sammanträden bun')).text).toContain('**Barn- och utbildningsnämnden**: 9 december 2026');
  });

  it('When an admin sends a CSV of deadlines with "frister", then the good rows are added and the bad ones named', async () => {
    const reply = await withFile(admin, 'frister', '/frister.csv');
    expect(reply).toContain('frister.csv: 1 frister tillagda, 1 rader kunde inte läsas:');
    expect(reply).toContain('Rad 3: datumet ska skrivas ÅÅÅÅ-MM-DD.');
    const admins = (await t.app.started.context.deadlines.ofYears('provkommun', [2026])).filter((d) => d.source === 'admin');
    expect(admins.map((d) => [d.title, d.due, d.assignees])).toEqual([['Granska delegationsordningen', '2026-12-18', [{ kind: 'body', id: 'sn' }]]]);
  });

  it('When a file is too large, sent by someone who is not admin, or sent without a command, then it is refused with what to do instead', async () => {
    expect(await withFile(admin, 'frister', '/big.csv')).toBe('Filen är för stor (högst 256 kB).');
    expect(await withFile(chef, 'sammanträden bun', '/bun.ics')).toBe('Sammanträdesplaner kan bara administratörer läsa in.');
    const help = await withFile(admin, '', '/bun.ics');
    expect(help).toContain('**frister** med en CSV-fil');
    expect(help).toContain('**sammanträden organ** med en ICS-fil');
  });

  it('When authentication is on, then only SharePoint Online download links are fetched', () => {
    expect(sharePointHost(new URL('https://contoso.sharepoint.com/personal/x/file.ics'))).toBe(true);
    expect(sharePointHost(new URL('http://contoso.sharepoint.com/f'))).toBe(false);
    expect(sharePointHost(new URL('https://sharepoint.com.evil.example/f'))).toBe(false);
    expect(sharePointHost(new URL('https://169.254.169.254/latest/meta-data'))).toBe(false);
  });
});
