#!/usr/bin/env node
// Derives the lexicon data file in knowledge/lexicon/ from an extracted Debian package:
//   mythes-sv  -> sv-thesaurus.json  (LibreOffice Swedish thesaurus, Synlex, MyThes format)
// plus LICENSES.md. Called by build.sh; Node standard library only.
// (FreeDict English–Swedish was tried and left out: see LICENSES.md.)
//
//   node scripts/lexicon/derive.mjs --root <dir with usr/share/...> --out <dir> \
//     --mythes-version <v> [--distro "<name>"]
//
// Output is deterministic: sorted keys, one entry per line, no timestamps.

import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

// ---------------------------------------------------------------- arguments
const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i];
  const v = process.argv[i + 1];
  if (!k.startsWith('--') || v === undefined) die(`bad argument: ${k}`);
  args[k.slice(2)] = v;
}
for (const k of ['root', 'out', 'mythes-version']) if (!args[k]) die(`missing --${k}`);
const root = args.root;
const outDir = args.out;
const distro = args.distro ?? 'Debian';

function die(msg) {
  console.error(`derive.mjs: ${msg}`);
  process.exit(1);
}

const MAX_WORDS = 3; // multi-word synonyms longer than this are skipped

const wordCount = (s) => s.split(' ').length;
const clean = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const lower = (s) => s.toLocaleLowerCase('sv');

// ---------------------------------------------------------------- thesaurus (MyThes)
const mythesDir = join(root, 'usr/share/mythes');
const datName = existsSync(mythesDir)
  ? readdirSync(mythesDir).filter((f) => /^th_sv_SE.*\.dat$/.test(f)).sort()[0]
  : undefined;
if (!datName) die(`no th_sv_SE*.dat in ${mythesDir}`);
const datPath = join(mythesDir, datName);

/** Decodes a MyThes .dat: its first line names the encoding of the whole file. */
function decodeMythes(buf) {
  const nl = buf.indexOf(0x0a);
  const label = buf.subarray(0, nl).toString('ascii').trim();
  const norm = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  let text;
  if (['iso88591', 'latin1', 'l1'].includes(norm)) {
    text = buf.toString('latin1'); // exact ISO-8859-1 (TextDecoder would map it to windows-1252)
  } else if (norm === 'utf8') {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } else {
    try {
      text = new TextDecoder(label, { fatal: true }).decode(buf);
    } catch (e) {
      die(`${datPath}: cannot decode declared encoding "${label}": ${e.message}`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!/[åäö]/.test(text)) die(`${datPath}: decoded as ${label} but has no å/ä/ö — wrong encoding?`);
  return { label, text };
}

/** Strips parenthesised qualifiers like "(vardagligt)" and normalises; '' if nothing is left. */
function cleanSynonym(s) {
  let t = s;
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/\([^()]*\)/g, ' ');
  }
  t = t.replace(/[()]/g, ' ');
  return lower(clean(t));
}

function deriveThesaurus() {
  const { label, text } = decodeMythes(readFileSync(datPath));
  const lines = text.split(/\r?\n/);
  const entries = new Map(); // word -> array of senses
  const stats = { headwords: 0, senses: 0, droppedLong: 0, droppedQualifiers: 0 };
  let i = 1;
  while (i < lines.length) {
    const head = lines[i++];
    if (head.trim() === '') continue;
    const m = /^(.*)\|(\d+)\s*$/.exec(head);
    if (!m) die(`${datPath}:${i}: expected "word|count", got ${JSON.stringify(head)}`);
    const word = lower(clean(m[1]));
    const n = Number(m[2]);
    stats.headwords++;
    for (let k = 0; k < n; k++, i++) {
      const line = lines[i];
      if (line === undefined) die(`${datPath}: file ends inside entry "${m[1]}"`);
      const fields = line.split('|').slice(1); // field 0 is the "(pos)"
      const seen = new Set();
      const sense = [];
      for (const f of fields) {
        if (/\(/.test(f)) stats.droppedQualifiers++;
        const s = cleanSynonym(f);
        if (s === '' || s === word || seen.has(s)) continue;
        if (wordCount(s) > MAX_WORDS) {
          stats.droppedLong++;
          continue;
        }
        seen.add(s);
        sense.push(s);
      }
      if (sense.length === 0 || word === '') continue;
      const list = entries.get(word) ?? [];
      const key = JSON.stringify(sense);
      if (!list.some((x) => JSON.stringify(x) === key)) list.push(sense);
      entries.set(word, list);
      stats.senses++;
    }
  }
  return { label, entries, stats };
}

// ---------------------------------------------------------------- output helpers
/** JSON with sorted entry keys, one entry per line (stable, diff-friendly). */
function writeLexicon(file, source, license, entries) {
  const keys = [...entries.keys()].sort();
  const body = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(entries.get(k))}`).join(',\n');
  const json =
    `{\n  "source": ${JSON.stringify(source)},\n  "license": ${JSON.stringify(license)},\n` +
    `  "entries": {\n${body}\n  }\n}\n`;
  JSON.parse(json); // sanity
  writeFileSync(file, json);
  return { file, count: keys.length, bytes: statSync(file).size };
}

/** Paragraphs of a DEP-5 copyright file: the header, the Files paragraphs matching `files`, and
 * the stand-alone License paragraphs they name. */
function copyrightExcerpt(path, files) {
  const paras = readFileSync(path, 'utf8').split(/\n[ \t]*\n/).map((p) => p.replace(/\s+$/, ''));
  const header = paras[0];
  const chosen = paras.filter((p) => /^Files:/m.test(p) && files.test(p.split(/\nCopyright:/)[0]));
  if (chosen.length === 0) die(`${path}: no Files paragraph matching ${files}`);
  const names = new Set(chosen.map((p) => (/^License:\s*(.+)$/m.exec(p) ?? [])[1]?.trim()).filter(Boolean));
  const licenses = paras.filter((p) => /^License:/.test(p) && names.has(/^License:\s*(.+)$/m.exec(p)[1].trim()));
  return [header, ...chosen, ...licenses].join('\n\n');
}

// ---------------------------------------------------------------- main
mkdirSync(outDir, { recursive: true });
const th = deriveThesaurus();

const thSource =
  `LibreOffice Swedish thesaurus (converted from Synlex, KTH) ${datName}, ` +
  `Debian package mythes-sv ${args['mythes-version']}`;
const thLicense = 'Copyright (c) Viggo Kann KTH 2009; permissive notice-retaining licence (Debian: custom2), modified; see LICENSES.md';

const results = [writeLexicon(join(outDir, 'sv-thesaurus.json'), thSource, thLicense, th.entries)];

const mythesCopyright = copyrightExcerpt(join(root, 'usr/share/doc/mythes-sv/copyright'), /th_sv_SE/);

const md = `# Lexicon data: sources and licences

The files in this folder are **generated**; do not edit them by hand. Regenerate with

    bash scripts/lexicon/build.sh

which downloads the Debian package below with \`apt-get download\` (${distro}), extracts them with
\`dpkg-deb -x\` in a temporary folder and runs \`scripts/lexicon/derive.mjs\`. The packages are not
run-time dependencies; only the derived files are committed. Output is deterministic (sorted keys).

| file | derived from | package version | entries |
| --- | --- | --- | --- |
| \`sv-thesaurus.json\` | \`/usr/share/mythes/${datName}\` (MyThes, declared encoding ${th.label}) | mythes-sv ${args['mythes-version']} | ${results[0].count} |

## How the data was modified

The file is a modified version of the original work (notice required by the Synlex licence).

- \`sv-thesaurus.json\`: \`{"<word>": [[synonyms of one sense], ...]}\`. Decoded from ${th.label}; words
  lower-cased (å ä ö kept); the "(pos)" field, empty strings, parenthesised qualifiers, the headword
  itself and duplicates dropped; synonyms of more than ${MAX_WORDS} words skipped; headwords that differ
  only in case merged.

## mythes-sv: LibreOffice Swedish thesaurus (Synlex)

From the package's \`/usr/share/doc/mythes-sv/copyright\` (the paragraphs that cover the Swedish thesaurus):

\`\`\`
${mythesCopyright}
\`\`\`

The upstream README_th_sv_SE.txt says: "This thesaurus was directly converted from Synlex" and
"Copyright (c) Viggo Kann KTH 2009", followed by the notice above.

## Not used: FreeDict English–Swedish (dict-freedict-eng-swe)

It was derived and measured for English questions, and left out: of the 75 content words of the English
questions in the project's question sets it knew 23 (none of "council", "budget", "goal", "annual",
"follow-up"), its only sense of "board" is a plank, and it is GPL-2.0-or-later, which a municipality's
proprietary deployment would then have to carry. English questions are matched through the packs' own
English names and knowledge/lexicon/governance.yaml instead.
`;
writeFileSync(join(outDir, 'LICENSES.md'), md);
results.push({ file: join(outDir, 'LICENSES.md'), count: '-', bytes: statSync(join(outDir, 'LICENSES.md')).size });

console.log(`thesaurus: ${th.stats.headwords} headwords, ${th.stats.senses} senses kept, ` +
  `${th.stats.droppedLong} long synonyms skipped, ${th.stats.droppedQualifiers} fields with qualifiers`);
for (const r of results) console.log(`${r.file}: ${r.count} entries, ${r.bytes} bytes`);
