import { Writable } from 'node:stream';
import { createLogger, errorFields } from './logger';

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

  it('When an invoke or an error is logged, then its name stays visible; a person\'s name (from.name, person.name) does not', () => {
    const { log, text } = capture(false);
    log.info({ event: 'turn', name: 'adaptiveCard/action', from: { name: 'Anna Andersson' }, err: { name: 'StoreTimeoutError', code: 'store_timeout' } }, 'turn');
    expect(text()).toContain('"name":"adaptiveCard/action"');
    expect(text()).toContain('"name":"StoreTimeoutError"');
    expect(text()).not.toContain('Anna');
  });

  it('When an error is turned into log fields, then name, code and status stay, quoted values, ids and addresses go, and the stack only when asked for', () => {
    const e = Object.assign(new TypeError('Expected string at "conversation.tenantId": got "secret-tenant" from https://x.example/a for 0f8fad5b-d9cb-469f-a165-70867728950e\nsecond line'), { statusCode: 400 });
    const fields = errorFields(e);
    expect(fields).toMatchObject({ name: 'TypeError', status: 400 });
    expect(String(fields.message)).not.toMatch(/secret-tenant|x\.example|0f8fad5b|second line/);
    expect(fields.stack).toBeUndefined();
    expect(errorFields(e, true).stack).toContain('TypeError');
  });
});
