import pino from 'pino';
import { z } from 'zod';
import { defineExporter } from './Exporter';
import { exportRoute } from './exportRoute';
import { SignedLinks } from './SignedLinks';

const now = () => new Date('2026-05-02T12:00:00Z');
const links = new SignedLinks('hemlig', () => 'https://bot.example.se', now);
const calendar = defineExporter({ name: 'dialogue', params: z.object({ meeting: z.string() }), produce: async () => ({ ok: true, title: 'Möte', fileName: 'mote', calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }) });
const route = exportRoute({ links, exporters: [calendar], logger: pino({ level: 'silent' }), clock: now });
const get = (format: 'csv' | 'ics') => route.handle({ url: new URL(links.create({ exporter: 'dialogue', kommun: 'k', params: { meeting: 'm-1' }, format, by: 'p' }).url) });

describe('Export route: calendar files', () => {
  it('When a calendar exporter\'s link has format ics, then the file is served as text/calendar for download', async () => {
    const res = await get('ics');
    expect(res).toMatchObject({ status: 200, headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'attachment; filename="mote.ics"' } });
    expect('body' in res && res.body.toString('utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('When a calendar exporter\'s link asks for a table format, then there is no such export (404)', async () => {
    expect(await get('csv')).toEqual({ status: 404, json: { error: 'Exporten finns inte.' } });
  });
});
