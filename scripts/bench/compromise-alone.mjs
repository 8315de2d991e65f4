// The baseline: compromise alone, single thread. `node compromise-alone.mjs FILE` tags FILE (plain text) once;
// `node compromise-alone.mjs --jsonl FILE` tags every record's "text". Each text gets nlp(text) and the
// people/places/organizations views, the work newsx's entity stage replaces. Prints {"words","ms"} of the loop.
import fs from 'node:fs';
import nlp from 'compromise';

const jsonl = process.argv[2] === '--jsonl';
const file = process.argv[jsonl ? 3 : 2];
const raw = fs.readFileSync(file, 'utf8');
const texts = jsonl
  ? raw
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text)
  : [raw];
const began = performance.now();
let found = 0;
for (const text of texts) {
  const doc = nlp(text);
  found += doc.people().length + doc.places().length + doc.organizations().length;
}
const words = texts.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length, 0);
process.stdout.write(`${JSON.stringify({ texts: texts.length, words, found, ms: performance.now() - began })}\n`);
