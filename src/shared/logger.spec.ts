import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture(personalData: boolean) {
  const out: string[] = [];
  const stream = new Writable({ write: (chunk, _e, done) => (out.push(String(chunk)), done()) });
  return { log: createLogger({ level: 'info', personalData }, stream), text: () => out.join('') };
}

const entry = { event: 'question', question: 'Vem beslutar om budgeten?', person: { name: 'Anna Andersson', email: 'anna@example.se' } };

describe('Logging', () => {
  it('When personal data logging is off (the default), then question text, names and e-mail are redacted', () => {
    const { log, text } = capture(false);
    log.info(entry, 'question answered');
    expect(text()).toContain('"event":"question"');
    expect(text()).not.toMatch(/budgeten|Anna|anna@example/);
  });

  it('When LOG_PERSONAL_DATA is on, then they are logged for troubleshooting', () => {
    const { log, text } = capture(true);
    log.info(entry, 'question answered');
    expect(text()).toMatch(/budgeten/);
    expect(text()).toMatch(/anna@example/);
  });
});
