#!/usr/bin/env node
// Derives the lexicon data files in knowledge/lexicon/ from two extracted Debian packages:
//   mythes-sv              -> sv-thesaurus.json  (LibreOffice Swedish thesaurus, Synlex, MyThes format)
//   dict-freedict-eng-swe  -> en-sv.json         (FreeDict English-Swedish, dictd format)
// plus LICENSES.md. Called by build.sh; Node standard library only.
//
//   node scripts/lexicon/derive.mjs --root <dir with usr/share/...> --out <dir> \
//     --mythes-version <v> --freedict-version <v> [--distro "<name>"]
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
for (const k of ['root', 'out', 'mythes-version', 'freedict-version']) if (!args[k]) die(`missing --${k}`);
const root = args.root;
const outDir = args.out;
const distro = args.distro ?? 'Debian';

function die(msg) {
  console.error(`derive.mjs: ${msg}`);
  process.exit(1);
}

const MAX_WORDS = 3; // multi-word synonyms / translations longer than this are skipped
const MAX_TRANSLATIONS = 8;

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

// ---------------------------------------------------------------- FreeDict (dictd)
const dictdDir = join(root, 'usr/share/dictd');
const indexPath = join(dictdDir, 'freedict-eng-swe.index');
const dictPath = join(dictdDir, 'freedict-eng-swe.dict.dz');
if (!existsSync(indexPath) || !existsSync(dictPath)) {
  die(`no dictd files in ${dictdDir} (the package may now ship TEI instead; adapt derive.mjs)`);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64num = (s) => [...s].reduce((n, c) => {
  const d = B64.indexOf(c);
  if (d < 0) die(`bad dictd base64 number ${s}`);
  return n * 64 + d;
}, 0);

/** A translation is kept if it is letters, with inner spaces or hyphens only (drops "o‐", "lika...som"). */
const TRANSLATION_OK = /^\p{L}+(?:[ \-\u2010]\p{L}+)*$/u;
const NOTE_LINE = /^(see|synonyms?|antonyms?|notes?|examples?|e\.g\.|cf\.|also|usage|ex)\b\s*:?/i;

/** Swedish translations of one dictd article (its first line is "headword /pronunciation/ <grammar>"). */
function translationsOf(body) {
  const out = [];
  for (const raw of body.split('\n').slice(1)) {
    let line = raw.trim();
    if (line === '' || /["“”„«»]/.test(line) || NOTE_LINE.test(line)) continue; // examples, notes
    line = line.replace(/^\d+\.\s*/, ''); // "1. " sense numbers
    line = line
      .replace(/<[^>]*>/g, ' ') // grammar: <n, fem>
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/\{[^}]*\}/g, ' ')
      .replace(/\([^)]*\)/g, ' ') // qualifiers
      .replace(/\/[^/]*\//g, ' '); // pronunciation
    for (const part of line.split(/[,;]/)) {
      const t = lower(clean(part).replace(/[.!?:]+$/, ''));
      if (t && TRANSLATION_OK.test(t) && wordCount(t) <= MAX_WORDS) out.push(t);
    }
  }
  return out;
}

function deriveEnSv() {
  const dict = gunzipSync(readFileSync(dictPath)); // dictzip is gzip-compatible
  const index = readFileSync(indexPath, 'utf8').split('\n').filter(Boolean);
  const articles = []; // { head, pron, stressed, list }
  const seenOffsets = new Set();
  let info = '';
  for (const line of index) {
    const [hw, off, len] = line.split('\t');
    const start = b64num(off);
    const body = dict.subarray(start, start + b64num(len)).toString('utf8').replace(/\r/g, '');
    if (hw.startsWith('00database')) {
      if (hw === '00databaseinfo') info = body;
      continue;
    }
    if (seenOffsets.has(start)) continue;
    seenOffsets.add(start);
    const first = body.split('\n')[0];
    const pron = (/\/([^/]*)\//.exec(first) ?? [, ''])[1];
    articles.push({ head: lower(clean(hw)), pron, stressed: /[ˈˌ]/.test(pron), list: translationsOf(body) });
  }

  // Ergane-derived quirk: multi-word headwords were cut to their first word ("control oneself" is
  // indexed as "control"); the pronunciation still spells the whole phrase. Of the articles sharing
  // a headword keep those with the shortest pronunciation. Articles whose pronunciation carries IPA
  // stress marks come from a later import where the cut phrase cannot be told ("pen" -> fickkniv,
  // "caf" -> kafé), so they are dropped.
  const byHead = new Map();
  for (const a of articles) byHead.set(a.head, [...(byHead.get(a.head) ?? []), a]);
  const entries = new Map();
  const stats = { articles: articles.length, droppedStressed: 0, droppedPhrase: 0, truncated: 0 };
  for (const [head, group] of byHead) {
    const plain = group.filter((a) => !a.stressed);
    stats.droppedStressed += group.length - plain.length;
    if (plain.length === 0) continue;
    const min = Math.min(...plain.map((a) => a.pron.length));
    const kept = plain.filter((a) => a.pron.length === min);
    stats.droppedPhrase += plain.length - kept.length;
    const list = [...new Set(kept.flatMap((a) => a.list))];
    if (list.length > MAX_TRANSLATIONS) stats.truncated++;
    if (list.length) entries.set(head, list.slice(0, MAX_TRANSLATIONS));
  }
  return { entries, stats, info };
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
const ed = deriveEnSv();

const thSource =
  `LibreOffice Swedish thesaurus (converted from Synlex, KTH) ${datName}, ` +
  `Debian package mythes-sv ${args['mythes-version']}`;
const thLicense = 'Copyright (c) Viggo Kann KTH 2009; permissive notice-retaining licence (Debian: custom2), modified; see LICENSES.md';
const edition = (/^\s*Edition:\s*(\S+)/m.exec(ed.info) ?? [])[1] ?? '?';
const edSource =
  `FreeDict English-Swedish dictionary, edition ${edition} (freedict-eng-swe.dict.dz), ` +
  `Debian package dict-freedict-eng-swe ${args['freedict-version']}`;
const edLicense = 'GPL-2.0-or-later; Copyright (C) 1999-2017 FreeDict contributors; modified; see LICENSES.md';

const results = [
  writeLexicon(join(outDir, 'sv-thesaurus.json'), thSource, thLicense, th.entries),
  writeLexicon(join(outDir, 'en-sv.json'), edSource, edLicense, ed.entries),
];

const mythesCopyright = copyrightExcerpt(join(root, 'usr/share/doc/mythes-sv/copyright'), /th_sv_SE/);
const freedictCopyright = copyrightExcerpt(join(root, 'usr/share/doc/dict-freedict-eng-swe/copyright'), /eng-swe\//);
const dictInfo = ed.info.replace(/^\s*\n/, '').replace(/\s+$/, '');

const md = `# Lexicon data: sources and licences

The files in this folder are **generated**; do not edit them by hand. Regenerate with

    bash scripts/lexicon/build.sh

which downloads the Debian packages below with \`apt-get download\` (${distro}), extracts them with
\`dpkg-deb -x\` in a temporary folder and runs \`scripts/lexicon/derive.mjs\`. The packages are not
run-time dependencies; only the derived files are committed. Output is deterministic (sorted keys).

| file | derived from | package version | entries |
| --- | --- | --- | --- |
| \`sv-thesaurus.json\` | \`/usr/share/mythes/${datName}\` (MyThes, declared encoding ${th.label}) | mythes-sv ${args['mythes-version']} | ${results[0].count} |
| \`en-sv.json\` | \`/usr/share/dictd/freedict-eng-swe.{index,dict.dz}\` (dictd, FreeDict edition ${edition}) | dict-freedict-eng-swe ${args['freedict-version']} | ${results[1].count} |

## How the data was modified

Both files are modified versions of the original works (notice required by the Synlex licence).

- \`sv-thesaurus.json\`: \`{"<word>": [[synonyms of one sense], ...]}\`. Decoded from ${th.label}; words
  lower-cased (å ä ö kept); the "(pos)" field, empty strings, parenthesised qualifiers, the headword
  itself and duplicates dropped; synonyms of more than ${MAX_WORDS} words skipped; headwords that differ
  only in case merged.
- \`en-sv.json\`: \`{"<english headword>": ["svensk översättning", ...]}\`. Swedish translations only,
  lower-cased, without pronunciation, sense numbers, grammar notes or examples; at most
  ${MAX_TRANSLATIONS} per headword, each at most ${MAX_WORDS} words of letters (affixes such as "o‐" dropped).
  The source cut multi-word headwords to their first word ("control oneself" is indexed as
  "control"); of the articles sharing a headword only those with the shortest pronunciation are
  kept, and articles with IPA stress marks (a later import whose cut phrases cannot be recognised)
  are dropped.

## mythes-sv: LibreOffice Swedish thesaurus (Synlex)

From the package's \`/usr/share/doc/mythes-sv/copyright\` (the paragraphs that cover the Swedish thesaurus):

\`\`\`
${mythesCopyright}
\`\`\`

The upstream README_th_sv_SE.txt says: "This thesaurus was directly converted from Synlex" and
"Copyright (c) Viggo Kann KTH 2009", followed by the notice above.

## dict-freedict-eng-swe: FreeDict English-Swedish

From the package's \`/usr/share/doc/dict-freedict-eng-swe/copyright\` (header, the \`eng-swe/*\`
paragraph and the licence it names):

\`\`\`
${freedictCopyright}
\`\`\`

The dictionary's own header (its 00-database-info article, with the authors and history):

\`\`\`
${dictInfo}
\`\`\`

Because \`en-sv.json\` is a modified version of a GPL-2.0-or-later work, it is itself distributed
under the GNU General Public License, version 2 or (at your option) any later version.
`;
writeFileSync(join(outDir, 'LICENSES.md'), md);
results.push({ file: join(outDir, 'LICENSES.md'), count: '-', bytes: statSync(join(outDir, 'LICENSES.md')).size });

console.log(`thesaurus: ${th.stats.headwords} headwords, ${th.stats.senses} senses kept, ` +
  `${th.stats.droppedLong} long synonyms skipped, ${th.stats.droppedQualifiers} fields with qualifiers`);
console.log(`en-sv: ${ed.stats.articles} articles, ${ed.stats.droppedStressed} stress-marked dropped, ` +
  `${ed.stats.droppedPhrase} cut-phrase articles dropped, ${ed.stats.truncated} headwords cut to ${MAX_TRANSLATIONS}`);
for (const r of results) console.log(`${r.file}: ${r.count} entries, ${r.bytes} bytes`);
