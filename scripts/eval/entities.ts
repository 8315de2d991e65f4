/**
 * Entities eval on CoNLL-2003 eng.testa (the development set), scored as ../shared/eval/README.md defines: each
 * document rebuilt as plain text, `analyze(text, { sections: ['entities'] })`, every mention's span matched exactly
 * against the gold entities, types mapped person->PER, place->LOC, organization->ORG, anything else->MISC.
 * Prints P/R/F1 per type, over PER+LOC+ORG and over all four, then the same split by whether a name's text is a gold
 * name anywhere in eng.train (held-out news has more names the model never saw in training: the "unseen" row is the
 * better guide to it), then the tagger's speed and the model's size.
 *
 *   npx tsx scripts/eval/entities.ts [--data DIR] [--set eng.testa] [--errors N]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { analyze, countWords } from '../../src/analyze.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { parseModel } from '../../src/extract/entities/model.js';
import type { EntityType } from '../../src/model/types.js';
import { parse } from '../../src/nlp/compromise.js';
import { type ConllDoc, type ConllType, readConll } from '../train/conll.js';
import { type Counts, evalDir, fmtPrf, prf } from './score.js';

const TYPES: readonly ConllType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** The CoNLL class a newsx entity type is scored as. */
export function conllType(t: EntityType): ConllType {
  return t === 'person' ? 'PER' : t === 'place' ? 'LOC' : t === 'organization' ? 'ORG' : 'MISC';
}

export async function run(dataDir: string, options: { set?: string; errors?: number } = {}): Promise<void> {
  const set = options.set ?? 'eng.testa';
  const docs = readConll(path.join(dataDir, 'conll2003', set));
  const counts = new Map<ConllType, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const errors: string[] = [];
  const seen = trainingNames(dataDir);
  const bySeen = { seen: { tp: 0, fp: 0, fn: 0 }, unseen: { tp: 0, fp: 0, fn: 0 } };
  for (const d of docs) scoreDoc(d, counts, errors, (text) => (seen?.has(text) ? bySeen.seen : bySeen.unseen));
  console.log(`Entities (CoNLL-2003 ${set}, ${docs.length} documents, exact span + type)`);
  for (const t of TYPES) console.log(`  ${t.padEnd(8)} ${fmtPrf(prf(counts.get(t)!))}`);
  const sum = (ts: readonly ConllType[]): Counts =>
    ts.reduce((a, t) => ({ tp: a.tp + counts.get(t)!.tp, fp: a.fp + counts.get(t)!.fp, fn: a.fn + counts.get(t)!.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`  PER+LOC+ORG ${fmtPrf(prf(sum(['PER', 'LOC', 'ORG'])))}`);
  console.log(`  all four    ${fmtPrf(prf(sum(TYPES)))}`);
  const gold = (c: Counts) => `${(c.tp + c.fn).toLocaleString('en-US')} gold`;
  if (seen) {
    console.log(`  all four, names seen in eng.train   ${fmtPrf(prf(bySeen.seen))}  (${gold(bySeen.seen)})`);
    console.log(`  all four, names unseen in eng.train ${fmtPrf(prf(bySeen.unseen))}  (${gold(bySeen.unseen)})`);
  }
  timing(docs);
  if (options.errors) for (const e of errors.slice(0, options.errors)) console.log(e);
}

/** Every gold name's text in eng.train; null when the file is not there (then there is no split to print). */
function trainingNames(dataDir: string): Set<string> | null {
  const file = path.join(dataDir, 'conll2003', 'eng.train');
  if (!existsSync(file)) return null;
  return new Set(readConll(file).flatMap((d) => d.entities.map((e) => d.text.slice(e.start, e.end))));
}

/**
 * Count one document's hits and misses by type, and also (all types together) in the counts `split` gives for a
 * name's text: a hit and a miss under the gold name's text, a false alarm under the predicted mention's.
 */
function scoreDoc(d: ConllDoc, counts: Map<ConllType, Counts>, errors: string[], split: (text: string) => Counts): void {
  const a = analyze(d.text, { sections: ['entities'] });
  const gold = new Map(d.entities.map((e) => [`${e.start}:${e.end}`, e.type]));
  const matched = new Set<string>();
  for (const ent of a.entities) {
    const type = conllType(ent.type);
    for (const m of ent.mentions) {
      const key = `${m.start}:${m.end}`;
      if (gold.get(key) === type) {
        counts.get(type)!.tp++;
        split(m.text).tp++;
        matched.add(key);
      } else {
        counts.get(type)!.fp++;
        split(m.text).fp++;
        errors.push(`FP ${type} ${JSON.stringify(m.text)} (gold ${gold.get(key) ?? '-'}) | ${context(d.text, m.start, m.end)}`);
      }
    }
  }
  for (const e of d.entities) {
    const key = `${e.start}:${e.end}`;
    if (matched.has(key)) continue;
    counts.get(e.type)!.fn++;
    split(d.text.slice(e.start, e.end)).fn++;
    errors.push(`FN ${e.type} ${JSON.stringify(d.text.slice(e.start, e.end))} | ${context(d.text, e.start, e.end)}`);
  }
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 40), start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}`.replace(/\n/g, ' / ');
}

/**
 * Time of extractEntities alone (parse excluded) per 10k words, beside parse's own time, and the model file's size
 * and load time. CPU time, best of three warm passes, so other work on the machine disturbs it less.
 */
function timing(docs: readonly ConllDoc[]): void {
  const ctx = { reference: { date: null, source: null }, lexicon: new Map(), summarySentences: 3 };
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const parsed = docs.map((d) => parse(d.text));
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);
  let entMs = Number.POSITIVE_INFINITY;
  let parseMs = Number.POSITIVE_INFINITY;
  for (let rep = 0; rep < 3; rep++) {
    let t0 = cpu();
    for (const p of parsed) extractEntities(p, ctx);
    entMs = Math.min(entMs, cpu() - t0);
    t0 = cpu();
    for (const d of docs) parse(d.text);
    parseMs = Math.min(parseMs, cpu() - t0);
  }
  const file = fileURLToPath(new URL('../../models/entities.model.gz', import.meta.url));
  const t0 = cpu();
  parseModel(gunzipSync(readFileSync(file)));
  const loadMs = cpu() - t0;
  const per10k = (ms: number) => ((ms * 10_000) / words).toFixed(1);
  console.log(
    `  speed: extractEntities ${per10k(entMs)} ms / 10k words, parse ${per10k(parseMs)} ms / 10k words (CPU, warm); ` +
      `model ${(statSync(file).size / 1e6).toFixed(2)} MB, loads in ${loadMs.toFixed(0)} ms`,
  );
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv;
  const flag = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  run(evalDir(argv), { set: flag('--set'), errors: Number(flag('--errors') ?? 0) }).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
