import { captureLogs } from '../support/captureLogs';
import { textOf } from '../support/cardQuery';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';

const sekr = who('sekr');
/** The chiefs of the units that have not submitted, each with a personal chat with the bot. */
const chiefs = ['fskchef', 'fritidschef', 'hchef', 'tvachef'].map(who);

describe('Påminn when the Bot Connector refuses the proactive sends (403 blocked, 500 failing)', () => {
  let t: FollowupTestApp;
  const logs = captureLogs();

  beforeAll(async () => {
    t = await startFollowupApp({ logger: logs.logger, clock: () => new Date('2026-05-02T12:05:00Z') });
    for (const c of chiefs) await t.say(c, 'roller');
  });
  afterAll(() => t.stop());

  it('When every send answers 403 (blocked), then "Påminn" says the reminders failed, each is tried once, logs sent=0 failed=4, and nothing else is posted (no "Förlåt")', async () => {
    t.connector.reset();
    logs.clear();
    t.connector.failWith = 403;
    try {
      const res = await t.invoke(sekr, 'followup.remind', { period: 'resultatprognos', year: 2026 });
      const notice = textOf(res.value);
      expect(notice).toContain('Ingen påminnelse kunde skickas.');
      expect(notice).toMatch(/Misslyckades: .*Förskolechef Åtta/);
      expect(notice).not.toContain('Påminnelse skickad');
      expect(logs.entries().find((e) => e.event === 'followup_reminded')).toMatchObject({ sent: 0, failed: 4 });
      expect(logs.entries().filter((e) => e.event === 'delivery_blocked')).toHaveLength(4);
      expect([...new Set(t.connector.attempts.map((a) => a.conversationId))].sort()).toEqual(chiefs.map((c) => `a:${c.id}`).sort());
      expect(t.connector.attempts).toHaveLength(4);
      expect(t.connector.attempts.filter((a) => /Förlåt/.test(a.text ?? ''))).toEqual([]);
      expect(logs.entries().filter((e) => e.event === 'turn_error')).toEqual([]);
    } finally {
      t.connector.failWith = undefined;
    }
  });

  it('When every send answers 500, then "Påminn" says the reminders are on their way (retried with backoff, not dropped), and nothing else is posted', async () => {
    t.connector.reset();
    logs.clear();
    t.connector.failWith = 500;
    try {
      const res = await t.invoke(sekr, 'followup.remind', { period: 'resultatprognos', year: 2026 });
      const notice = textOf(res.value);
      expect(notice).toMatch(/På väg till .*Förskolechef Åtta/);
      expect(notice).not.toContain('Påminnelse skickad');
      expect(logs.entries().find((e) => e.event === 'followup_reminded')).toMatchObject({ sent: 0, waiting: 4 });
      expect([...new Set(t.connector.attempts.map((a) => a.conversationId))].sort()).toEqual(chiefs.map((c) => `a:${c.id}`).sort());
      // One try each, then at most two retries each within the press's four seconds: no SDK retries on top.
      expect(t.connector.attempts.length).toBeGreaterThanOrEqual(4);
      expect(t.connector.attempts.length).toBeLessThanOrEqual(12);
      expect(t.connector.attempts.filter((a) => /Förlåt/.test(a.text ?? ''))).toEqual([]);
      expect(logs.entries().filter((e) => e.event === 'turn_error')).toEqual([]);
    } finally {
      t.connector.failWith = undefined;
    }
  });

  it('When the connector works again, then the same press reaches all four', async () => {
    t.connector.reset();
    const res = await t.invoke(sekr, 'followup.remind', { period: 'resultatprognos', year: 2026 });
    expect(textOf(res.value)).toContain('Påminnelse skickad till 4 chefer');
    expect(t.connector.sent).toHaveLength(4);
  });
});
