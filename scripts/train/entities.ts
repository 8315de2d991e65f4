/**
 * Train the entity tagger: `npm run train` (= `tsx scripts/train/entities.ts [--data DIR] [--dev] [--epochs N]
 * [--out FILE]`).
 *
 * Learns from CoNLL-2003 eng.train only. Each document is rebuilt as plain text and parsed by the same compromise
 * adapter as at inference, gold labels are projected onto our tokens by character offsets, and a structured
 * averaged perceptron is trained over features.ts. The gazetteer feature is built with 5 cross-folds (each
 * document sees a gazetteer made from the other folds), so the weight it earns reflects unseen text; the shipped
 * gazetteer is built from all of eng.train. Writes models/entities.model.gz. `--dev` scores eng.testa after each
 * epoch (tagger only, no refinement layer).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from '../../src/nlp/compromise.js';
import type { ParsedDoc } from '../../src/nlp/doc.js';
import { docFeatures, paragraphOfTokens } from '../../src/extract/entities/features.js';
import { type Gazetteer, buildGazetteer, normsKey } from '../../src/extract/entities/gazetteer.js';
import { TAGS, type TokenSpan, encodeSpans } from '../../src/extract/entities/labels.js';
import { MODEL_MAGIC, type ModelHeader, parseModel, tagDocument } from '../../src/extract/entities/model.js';
import { evalDir } from '../eval/score.js';
import { type ConllDoc, projectEntities, readConll } from './conll.js';
import { type Sequence, type Trained, train } from './perceptron.js';

const FOLDS = 5;
const SEED = 20031;
/** Features seen fewer times than this in training are dropped (rare features mostly memorise). */
const MIN_FEATURE_COUNT = 2;
/** Averaged weights smaller than this are pruned from the shipped file. */
const MIN_WEIGHT = 0.05;

interface Prepared {
  doc: ParsedDoc;
  gold: TokenSpan[];
}

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function prepare(docs: ConllDoc[]): Prepared[] {
  return docs.map((d) => {
    const doc = parse(d.text);
    return { doc, gold: projectEntities(doc.tokens, d.entities) };
  });
}

/** Count names (lower-cased token norms) by class over some documents. */
function countNames(docs: readonly Prepared[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const p of docs) {
    for (const s of p.gold) {
      const key = normsKey(p.doc.tokens, s.start, s.end);
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(s.cls, (m.get(s.cls) ?? 0) + 1);
    }
  }
  return counts;
}

function main(): void {
  const dir = evalDir();
  const epochs = argValue('--epochs', 10);
  const started = performance.now();
  const trainDocs = prepare(readConll(path.join(dir, 'conll2003/eng.train')));
  const devRaw = process.argv.includes('--dev') ? readConll(path.join(dir, 'conll2003/eng.testa')) : [];
  const devDocs = prepare(devRaw);
  log(`parsed ${trainDocs.length} training documents in ${secs(started)}`);

  // Cross-fold gazetteers: document k is featurised with the names of the folds it is not in.
  const foldGaz: Gazetteer[] = [];
  for (let f = 0; f < FOLDS; f++) foldGaz.push(buildGazetteer(countNames(trainDocs.filter((_, k) => k % FOLDS !== f))));
  const fullGaz = buildGazetteer(countNames(trainDocs));
  const featStrings = trainDocs.map((p, k) => docFeatures(p.doc, foldGaz[k % FOLDS]));

  const counts = new Map<string, number>();
  for (const doc of featStrings) for (const tok of doc) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= MIN_FEATURE_COUNT).map(([f]) => f);
  names.sort();
  const ids = new Map(names.map((f, k) => [f, k]));
  log(`${counts.size} features, ${names.length} kept (count >= ${MIN_FEATURE_COUNT})`);

  const seqs: Sequence[] = [];
  trainDocs.forEach((p, k) => {
    const tags = encodeSpans(p.gold, p.doc.tokens.length);
    const para = paragraphOfTokens(p.doc);
    let from = 0;
    for (let i = 1; i <= p.doc.tokens.length; i++) {
      if (i < p.doc.tokens.length && para[i] === para[from]) continue;
      const feats = featStrings[k].slice(from, i).map((fs) => Int32Array.from(fs.flatMap((f) => (ids.has(f) ? [ids.get(f)!] : []))));
      seqs.push({ feats, gold: tags.slice(from, i) });
      from = i;
    }
  });
  log(`${seqs.length} sequences; training ${epochs} epochs`);

  const onEpoch = devDocs.length
    ? (e: number, t: Trained) => log(`  dev after epoch ${e}: ${scoreDev(serialize(t, names, fullGaz), devDocs)}`)
    : undefined;
  const trained = train(seqs, names.length, epochs, SEED, onEpoch);
  const bytes = serialize(trained, names, fullGaz, `CoNLL-2003 eng.train, ${epochs} epochs, seed ${SEED}`);
  const outArg = process.argv.indexOf('--out');
  const out =
    outArg >= 0 ? path.resolve(process.argv[outArg + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models/entities.model.gz');
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(out, gz);
  log(`wrote ${out} (${(gz.length / 1e6).toFixed(2)} MB) in ${secs(started)}`);
}

/** Write the model in the format model.ts reads: prune small weights, quantise the rest to int16. */
function serialize(t: Trained, names: readonly string[], gaz: Gazetteer, trainedOn?: string): Buffer {
  const T = TAGS.length;
  let maxAbs = 0;
  for (const w of t.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = Math.floor(32_000 / maxAbs);
  const kept: string[] = [];
  const counts: number[] = [];
  const tags: number[] = [];
  const weights: number[] = [];
  for (let f = 0; f < names.length; f++) {
    let n = 0;
    for (let k = 0; k < T; k++) {
      const w = t.weights[f * T + k];
      if (Math.abs(w) < MIN_WEIGHT) continue;
      tags.push(k);
      weights.push(Math.round(w * scale));
      n++;
    }
    if (n === 0) continue;
    kept.push(names[f]);
    counts.push(n);
  }
  const gazText = Buffer.from([...gaz].map(([n, c]) => `${n}\t${c}`).join('\n'), 'utf8');
  const namesText = Buffer.from(kept.join('\n'), 'utf8');
  const header: ModelHeader = {
    tags: [...TAGS],
    features: kept.length,
    pairs: tags.length,
    scale,
    transitions: [...t.transitions].map((w) => Math.round(w * 1000) / 1000),
    gazetteerBytes: gazText.length,
    namesBytes: namesText.length,
    trainedOn,
  };
  const w16 = new Int16Array(weights);
  return Buffer.concat([
    Buffer.from(`${MODEL_MAGIC}\n${JSON.stringify(header)}\n`, 'utf8'),
    gazText,
    namesText,
    Uint8Array.from(counts),
    Uint8Array.from(tags),
    new Uint8Array(w16.buffer),
  ]);
}

/** Tagger-only exact-span scores on prepared dev documents. */
function scoreDev(modelBytes: Buffer, docs: readonly Prepared[]): string {
  const model = parseModel(modelBytes);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tp3 = 0;
  let fp3 = 0;
  let fn3 = 0;
  for (const p of docs) {
    const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.cls}`;
    const gold = new Set(p.gold.map(key));
    const pred = new Set(tagDocument(p.doc, model).map(key));
    for (const k of pred) {
      const plo = !k.endsWith('MISC');
      if (gold.has(k)) {
        tp++;
        if (plo) tp3++;
      } else {
        fp++;
        if (plo) fp3++;
      }
    }
    for (const k of gold) {
      if (pred.has(k)) continue;
      fn++;
      if (!k.endsWith('MISC')) fn3++;
    }
  }
  const f1 = (a: number, b: number, c: number) => ((200 * a) / (2 * a + b + c)).toFixed(2);
  return `all F1 ${f1(tp, fp, fn)}  PLO F1 ${f1(tp3, fp3, fn3)}`;
}

function log(s: string): void {
  process.stderr.write(`${s}\n`);
}
function secs(from: number): string {
  return `${((performance.now() - from) / 1000).toFixed(1)}s`;
}

main();
