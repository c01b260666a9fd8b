import { toCsv } from './toCsv';

describe('CSV for Swedish Excel', () => {
  it('When a table is written, then it has a BOM, semicolons, CRLF, decimal commas and quoted text where needed', () => {
    const csv = toCsv({ name: 'Svar', columns: ['Enhet', 'Belopp', 'Kommentar'], rows: [['Skolan', 1250.5, 'Bra; men "dyrt"'], ['Förskolan', null, 'Rad 1\nRad 2']] });
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe('Enhet;Belopp;Kommentar\r\nSkolan;1250,5;"Bra; men ""dyrt"""\r\nFörskolan;;"Rad 1\nRad 2"\r\n');
  });

  it('When typed text starts like a formula, then Excel gets it as text, not as a formula', () => {
    const csv = toCsv({ name: 'Svar', columns: ['Kommentar'], rows: [['=HYPERLINK("http://x")'], ['+1'], ['@SUM(A1)'], [-5]] }).toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+1");
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain('\r\n-5\r\n');
  });

  it('When a cell holds control characters or a broken character, then the CSV carries none of them', () => {
    const csv = toCsv({ name: 'Svar', columns: ['Kommentar'], rows: [['a\u0000b\u0007c\u001bd\u007f'], ['x\ud800y'], ['rad 1\nrad\t2']] }).toString('utf8');
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(csv).toContain('abcd');
    expect(csv).toContain('x\ufffdy');
    expect(csv).toContain('"rad 1\nrad\t2"');
  });
});
