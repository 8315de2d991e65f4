/**
 * Part of `npm run build`: writes compromise's English lexicon, as the installed compromise builds it, to
 * dist/compromise-lexicon.json, so newsx can load the small tokenizer build (`compromise/one`) plus this file
 * instead of the whole library (src/nlp/compromise.ts). Building the lexicon is most of what importing compromise
 * costs (about 0.5 s of a 0.6 s import here), and every worker thread paid it again.
 *
 * The file records compromise's version; the adapter ignores a file written by another version. Plain JavaScript
 * so that it runs without the development tools.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';

const out = new URL('../dist/compromise-lexicon.json', import.meta.url);
const lexicon = nlp.world().model.one.lexicon;
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, JSON.stringify({ compromise: nlp.version, lexicon }));
