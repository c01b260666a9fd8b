import { cleanJson, cleanText, inert, printable } from './text';

describe('Untrusted text', () => {
  it('When a link, an image tag, emphasis, a heading or a list is made inert, then it reads the same but renders as plain text', () => {
    expect(inert('[Logga in här](https://evil.example/login) <img src=x onerror=alert(1)>')).toBe('\\[Logga in här\\](https:\u200B//evil.example/login) \\<img src=x onerror=alert(1)\\>');
    expect(inert('**fet** _kursiv_ `kod` ~x~ a|b & c')).toBe('\\*\\*fet\\*\\* \\_kursiv\\_ \\`kod\\` \\~x\\~ a\\|b \\& c');
    expect(inert('# Rubrik\n- punkt\n1. ett\n  + två')).toBe('\\# Rubrik\n\\- punkt\n1\\. ett\n  \\+ två');
    expect(inert('se www.evil.example')).toBe('se www\u200B.evil.example');
    expect(inert('Vanlig text, 12,5 tkr (2026).')).toBe('Vanlig text, 12,5 tkr (2026).');
  });

  it('When free text is cleaned, then controls but tab and newline go, CR LF becomes LF, letters are NFC, and a broken character refuses the text', () => {
    expect(cleanText('a\u0000b\u0007\tc\r\nd\u007f e\u0301')).toBe('ab\tc\nd é');
    expect(cleanText('x\ud800')).toBeUndefined();
    expect(cleanText('𝕏 ok')).toBe('𝕏 ok');
  });

  it('When card data is cleaned, then every string in it (keys too) is, and a broken character or too deep a nesting refuses it', () => {
    expect(cleanJson({ 'a\u0000': ['x\u0007', { b: 'y\r\n' }], n: 1, t: true, z: null })).toEqual({ a: ['x', { b: 'y\n' }], n: 1, t: true, z: null });
    expect(cleanJson({ a: ['\udc00'] })).toBeUndefined();
    expect(cleanJson(JSON.parse(`${'{"a":'.repeat(9)}1${'}'.repeat(9)}`))).toBeUndefined();
  });

  it('When text goes out where it cannot be refused (an export cell), then controls go and a broken character shows as �', () => {
    expect(printable('a\u0000b\u001bc\ud800d\n')).toBe('abc\uFFFDd\n');
  });
});
