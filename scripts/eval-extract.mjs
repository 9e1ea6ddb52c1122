#!/usr/bin/env node
// Evaluation of figure extraction (DOMAIN.md "Figures in documents"; gold set in
// packages/domain/src/documents/gold). Prints precision and recall by field and overall on the
// record, the share with unit and sign right, and throughput on one core.
//
//   node scripts/eval-extract.mjs                 the tuned set (the five seed documents)
//   node scripts/eval-extract.mjs --heldout       the first held-out set too (tuned on after its first run: see the gold README)
//   node scripts/eval-extract.mjs --heldout2      the second held-out set (tuned on after its first run)
//   node scripts/eval-extract.mjs --heldout3      the third held-out set (tuned on after its first run)
//   node scripts/eval-extract.mjs --heldout4      the fourth held-out set (tuned on after its first run)
//   node scripts/eval-extract.mjs --heldout5      the fifth held-out set (tuned on after its first run)
//   node scripts/eval-extract.mjs --heldout6      the sixth held-out set (tuned on after its first run)
//   node scripts/eval-extract.mjs --heldout7      the seventh held-out set (tuned on after its first run)
//   node scripts/eval-extract.mjs --heldout8      the eighth held-out set (tuned on after its first run)
//   node scripts/eval-extract.mjs --heldout9      the ninth held-out set (not tuned on)
//   node scripts/eval-extract.mjs --heldout10     the tenth held-out set (synthetic texts in published forms; tuned on after its first run)
//   node scripts/eval-extract.mjs --heldout11     the eleventh held-out set (synthetic texts in published forms; not tuned on)
//   node scripts/eval-extract.mjs --heldout19     the nineteenth held-out set (synthetic texts in published forms; not tuned on)
//   node scripts/eval-extract.mjs --set DIR       a set kept outside the repository (a folder of gold JSON files;
//                                                 each one's document relative to the repository, or to the folder)
//   node scripts/eval-extract.mjs --details       misses, wrong fields and extra records of the tuned set
//   (--details-heldout: of the held-out set; looking at them makes it a tuned set)
//   node scripts/eval-extract.mjs --throughput 20 MB of synthetic text for the throughput (default 8)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import OpenCC from 'opencc-js';

register();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = path.join(root, 'packages/domain/src/documents/gold');
const { score, FIELDS, missingQuotes } = await import(path.join(goldDir, 'evaluate.ts'));
const { extractForGold } = await import(path.join(goldDir, 'run.ts'));

const args = process.argv.slice(2);
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function load(set) {
  const dir = path.resolve(goldDir, set);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const inRepository = path.join(root, gold.document);
      const text = fs.readFileSync(fs.existsSync(inRepository) ? inRepository : path.resolve(dir, gold.document), 'utf8');
      const missing = missingQuotes(text, gold);
      if (missing.length > 0) throw new Error(`${f}: quotes not in the text: ${missing.join(' / ')}`);
      return { name: `${set}/${f}`, gold, text };
    });
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

function report(title, docs, details) {
  const runs = docs.map((d) => ({ ...d, extracted: extractForGold(d.text, d.gold, toSimplified) }));
  const s = score(runs);
  console.log(`\n== ${title}: ${docs.length} documents, ${s.gold} gold records, ${s.extracted} extracted`);
  console.log(`record (entity, indicator, period, value, unit, growth): precision ${pct(s.precision)}  recall ${pct(s.recall)}  (${s.recordsRight} right)`);
  console.log(`  the indicator exactly the gold's: precision ${pct(s.exact.precision)}  recall ${pct(s.exact.recall)}; and the kind right too: ${pct(s.exactWithKind.precision)} / ${pct(s.exactWithKind.recall)}`);
  for (const f of FIELDS) console.log(`  ${f.padEnd(20)} precision ${pct(s.byField[f].precision).padStart(6)}  recall ${pct(s.byField[f].recall).padStart(6)}`);
  console.log(`aligned ${s.aligned}: unit right ${pct(s.unitRight / Math.max(1, s.aligned))}, sign right ${pct(s.signRight / Math.max(1, s.aligned))}, both ${pct(s.unitAndSignRight / Math.max(1, s.aligned))}`);
  for (const d of runs) {
    const one = score([d]);
    console.log(`  ${d.name.padEnd(28)} gold ${String(one.gold).padStart(3)}  extracted ${String(one.extracted).padStart(3)}  P ${pct(one.precision).padStart(6)}  R ${pct(one.recall).padStart(6)}`);
  }
  if (details) {
    const show = (f) => [f.entity, f.indicator, f.period, f.kind, f.value, f.unit, f.yoy_pct, f.vs_time_progress_pp, f.comparator].join('|');
    for (const m of s.misses) console.log(`MISS  ${show(m)}  «${m.quote}»`);
    for (const w of s.wrong) console.log(`WRONG ${w.fields.join(',')}\n   gold ${show(w.gold)}\n   got  ${show(w.got)}  «${w.got.quote}»`);
    for (const e of s.extra) console.log(`EXTRA ${show(e)}  «${e.quote}»`);
  }
  return s;
}

function throughput(docs, megabytes) {
  const unit = docs.map((d) => d.text).join('\n\n');
  let big = '';
  while (Buffer.byteLength(big, 'utf8') < megabytes * 1e6) big += `${unit}\n\n`;
  const bytes = Buffer.byteLength(big, 'utf8');
  const gold = docs[0].gold;
  extractForGold(unit, gold, toSimplified); // warm up
  const t0 = process.hrtime.bigint();
  const figures = extractForGold(big, gold, toSimplified);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`\nthroughput: ${(bytes / 1e6).toFixed(1)} MB (UTF-8) in ${seconds.toFixed(2)} s on one core = ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${figures.length} records`);
}

const tuned = load('seeds');
report('tuned set (seed documents)', tuned, args.includes('--details'));
if (args.includes('--heldout')) report('held-out set', load('heldout'), args.includes('--details-heldout'));
if (args.includes('--heldout2')) report('second held-out set', load('heldout2'), args.includes('--details-heldout2'));
if (args.includes('--heldout3')) report('third held-out set', load('heldout3'), args.includes('--details-heldout3'));
if (args.includes('--heldout4')) report('fourth held-out set', load('heldout4'), args.includes('--details-heldout4'));
if (args.includes('--heldout5')) report('fifth held-out set', load('heldout5'), args.includes('--details-heldout5'));
if (args.includes('--heldout6')) report('sixth held-out set', load('heldout6'), args.includes('--details-heldout6'));
if (args.includes('--heldout7')) report('seventh held-out set', load('heldout7'), args.includes('--details-heldout7'));
if (args.includes('--heldout8')) report('eighth held-out set', load('heldout8'), args.includes('--details-heldout8'));
if (args.includes('--heldout9')) report('ninth held-out set', load('heldout9'), args.includes('--details-heldout9'));
if (args.includes('--heldout10')) report('tenth held-out set', load('heldout10'), args.includes('--details-heldout10'));
if (args.includes('--heldout11')) report('eleventh held-out set', load('heldout11'), args.includes('--details-heldout11'));
if (args.includes('--heldout19')) report('nineteenth held-out set', load('heldout19'), args.includes('--details-heldout19'));
const setIndex = args.indexOf('--set');
if (setIndex >= 0) report(`the set in ${args[setIndex + 1]}`, load(path.resolve(args[setIndex + 1])), args.includes('--details-set'));
const mbIndex = args.indexOf('--throughput');
throughput(args.includes('--heldout') ? [...tuned, ...load('heldout')] : tuned, mbIndex >= 0 ? Number(args[mbIndex + 1]) : 8);
