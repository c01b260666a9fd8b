import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import JSZip from 'jszip';
import { documentToMarkdown } from '../../src/kernel/knowledge/ingest/extractText';
import { addDocument } from '../../src/kernel/knowledge/ingest/addDocument';
import { textToMarkdown } from '../../src/kernel/knowledge/ingest/textToMarkdown';
import { loadPack } from '../../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';

const root = join(__dirname, '..', '..');
const tmp = () => mkdtempSync(join(tmpdir(), 'ingest-'));

/** A one-page PDF with text lines (Helvetica), built by hand with a correct xref table. */
function pdfWith(lines: string[]): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td 16 TL ${lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A minimal .docx with Word heading styles. */
async function docxWith(paragraphs: { style?: string; text: string }[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((p) => `<w:p>${p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${p.text}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('Bring your own styrmodell (ingest)', () => {
  it('When plain text has numbered headings and wrapped, hyphenated lines, then it becomes headed markdown paragraphs', () => {
    const md = textToMarkdown('1 Inledning\nDet här är en styr-\nmodell som gäller\nalla nämnder.\n\n2 Parkering\nParkeringsavgifter beslutas av\nteknisk nämnd i mars.', 'Test');
    expect(md).toBe('# Test\n\n## 1 Inledning\n\nDet här är en styrmodell som gäller alla nämnder.\n\n## 2 Parkering\n\nParkeringsavgifter beslutas av teknisk nämnd i mars.\n');
  });

  it('When a PDF is ingested into a pack, then the bot answers from it with the new document as source', async () => {
    const dir = tmp();
    cpSync(join(__dirname, '..', 'fixtures', 'knowledge', 'testkommun'), join(dir, 'testkommun'), { recursive: true });
    const file = join(tmp(), 'parkering.pdf');
    writeFileSync(file, pdfWith(['3 Parkeringspolicy', 'Parkeringsavgifter beslutas av tekniska namnden i mars varje ar.']));
    // pdf.js needs real dynamic imports, which jest's VM lacks: run the real CLI, as a user would.
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'ingest.ts'), '--kommun', 'testkommun', '--title', 'Parkeringspolicy', '--year', '2025', '--knowledge-dir', dir, file], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/parkeringspolicy\.md: \d+ avsnitt/);
    const id = 'parkeringspolicy';
    const answer = new QuestionAnswerer(loadPack('testkommun', dir)).answer('Vem beslutar om parkeringsavgifter?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/tekniska namnden/);
    expect(answer.sources[0]).toMatchObject({ document: 'Parkeringspolicy', documentId: id });
  });

  it('When a docx with Word headings is ingested, then each heading starts a passage', async () => {
    const dir = tmp();
    cpSync(join(__dirname, '..', 'fixtures', 'knowledge', 'testkommun'), join(dir, 'testkommun'), { recursive: true });
    const file = join(tmp(), 'riktlinje.docx');
    writeFileSync(file, await docxWith([{ style: 'Heading1', text: 'Riktlinje för dialogmöten' }, { text: 'Dialogmöten hålls två gånger per år.' }, { style: 'Heading2', text: 'Deltagare' }, { text: 'Presidiet och förvaltningschefen deltar.' }]));
    const { id } = addDocument({ kommun: 'testkommun', title: 'Riktlinje för dialogmöten', markdown: await documentToMarkdown(file, 'Riktlinje för dialogmöten') }, dir);
    const sections = loadPack('testkommun', dir).passages.filter((p) => p.document === id).map((p) => p.section);
    expect(sections).toEqual(['Riktlinje för dialogmöten', 'Deltagare']);
  });

  it('When the file type is not supported, then a clear Swedish error is raised and nothing is added', async () => {
    await expect(documentToMarkdown('/tmp/x.odt', 'X')).rejects.toThrow(/stöds inte/);
  });
});
