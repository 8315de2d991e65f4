/**
 * No surprises and no clock:
 * - statically (TypeScript's parser over src/): the clock, randomness and the locale are read only where allowed;
 *   no module can start a process, open a socket or evaluate code; dynamic imports name fixed modules;
 * - dynamically: the real CLI, with worker threads, under Node's permission model (writes allowed only in the
 *   --output folder, no child processes) and with every socket connect trapped, analyses inputs that contain code,
 *   shell and template payloads, and nothing but --output is written;
 * - JSON records and lexicons named "__proto__" pollute nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLexicon } from '../../src/cli/settings.js';
import { loadArticles } from '../../src/input/load.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { jsonLines, makeTmp } from './support.js';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

interface Finding {
  file: string;
  what: string;
}

/** Every use of the clock, randomness, locale, processes, sockets, eval and imports, as `file: what`. */
function scan(): Finding[] {
  const out: Finding[] = [];
  for (const abs of sourceFiles(path.join(ROOT, 'src'))) {
    const file = path.relative(ROOT, abs).split(path.sep).join('/');
    const sf = ts.createSourceFile(abs, fs.readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
    const add = (what: string) => out.push({ file, what });
    const visit = (n: ts.Node): void => {
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression)) {
        if (n.expression.text === 'Date') add(`new Date(${n.arguments?.map((a) => a.getText()).join(', ') ?? ''})`);
        if (n.expression.text === 'Function') add('new Function');
      }
      if (ts.isPropertyAccessExpression(n)) {
        const t = n.getText().replace(/\s+/g, '');
        if (/^(Date\.(now|parse)|performance\.now|Math\.random|process\.hrtime|crypto\.(random\w*|getRandomValues))$/.test(t)) add(t);
        if (/^(toLocale\w*|localeCompare|getTimezoneOffset|getHours|getDate|getDay|getMonth|getFullYear)$/.test(n.name.text)) add(`.${n.name.text}`);
      }
      if (ts.isIdentifier(n) && n.text === 'Intl') add('Intl');
      if (ts.isCallExpression(n)) {
        const callee = n.expression.getText();
        if (callee === 'eval' || callee === 'require') add(`${callee}()`);
        if (n.expression.kind === ts.SyntaxKind.ImportKeyword) add(`import(${n.arguments[0]?.getText()})`);
      }
      if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
        const m = n.moduleSpecifier.text;
        if (!m.startsWith('.')) add(`import '${m}'`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

const findings = scan();
const at = (pred: (f: Finding) => boolean) => findings.filter(pred).map((f) => `${f.file}: ${f.what}`);

describe('static: what src/ may use', () => {
  it('the clock only in the allowed places: calendar arithmetic (Date.UTC) and the timing of the stderr summary', () => {
    const clock = at((f) => /Date|performance|hrtime|random|Intl|toLocale|localeCompare|Timezone|\.get(Hours|Date|Day|Month|FullYear)/.test(f.what));
    // settings.ts checkDate builds a Date from Date.UTC(y, m, d) to check a calendar date: arithmetic, not "now".
    // run-analysis.ts times the batch for the stderr summary line and the TTY progress line: never stdout.
    const allowed = new Set(['src/cli/settings.ts: new Date(Date.UTC(y, mo - 1, d))', 'src/cli/run-analysis.ts: performance.now']);
    expect(clock.filter((c) => !allowed.has(c))).toEqual([]);
  });

  it('no process, socket, eval or code loading: only node built-ins for files, paths, streams, threads; fixed dynamic imports', () => {
    const imports = at((f) => f.what.startsWith('import'));
    const DENIED = /'(node:)?(child_process|net|http|https|http2|dgram|tls|dns|vm|inspector|cluster|repl|module)(\/.*)?'/;
    expect(imports.filter((i) => DENIED.test(i))).toEqual([]);
    expect(at((f) => /^(eval\(\)|require\(\)|new Function)$/.test(f.what))).toEqual([]);
    // A dynamic import must name a fixed relative module (lazy loading) or the full compromise library (the lexicon's
    // fallback, src/nlp/compromise.ts), never a path built from input.
    expect(at((f) => f.what.startsWith('import(') && !/^import\('(\.{1,2}\/[\w./-]+\.js|compromise)'\)$/.test(f.what))).toEqual([]);
  });

  it('worker threads only in the pool, started from the fixed worker module', () => {
    expect(at((f) => f.what === "import 'node:worker_threads'").sort()).toEqual(['src/cli/pool.ts: import \'node:worker_threads\'', 'src/cli/worker.ts: import \'node:worker_threads\'']);
    expect(fs.readFileSync(path.join(ROOT, 'src/cli/pool.ts'), 'utf8')).toContain("new URL('./worker.js', import.meta.url)");
  });
});

const PAYLOADS = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is a template literal that must never run.
  "${require('child_process').execSync('touch PWNED_JS')}",
  '$(touch PWNED_SHELL) `touch PWNED_BACKTICK`; touch PWNED_SEMI',
  '<script>require("fs").writeFileSync("PWNED_HTML", "x")</script><img src="http://127.0.0.1:9/x.png">',
  "{{constructor.constructor('return process')().exit(7)}} %s%n%x ../../../etc/passwd file:///etc/shadow",
  'Anna Okafor said on Monday: "see http://127.0.0.1:9/ and https://example.invalid/ for details."',
].join('\n\n');

describe('dynamic: the real CLI under a sandbox', () => {
  let dir: string;
  let outDir: string;
  beforeAll(() => {
    dir = makeTmp('safety');
    outDir = path.join(dir, 'out');
    fs.mkdirSync(outDir);
    for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(dir, `payload-${i}.txt`), `${PAYLOADS}\n`);
    fs.writeFileSync(path.join(dir, 'trap-network.mjs'), TRAP);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes only --output, starts no process, opens no socket, and executes nothing from the input', () => {
    const before = fs.readdirSync(dir).sort();
    const r = spawnSync(
      process.execPath,
      [
        '--experimental-permission',
        '--allow-fs-read=*',
        `--allow-fs-write=${outDir}`,
        '--allow-worker',
        '--no-warnings',
        '--import',
        path.join(dir, 'trap-network.mjs'),
        BIN,
        'analyze',
        ...before.filter((f) => f.endsWith('.txt')),
        '--jobs',
        '2',
        '--format',
        'jsonl',
        '--reference-date',
        '2024-04-07',
        '--quiet',
        '--output',
        path.join(outDir, 'analyses.jsonl'),
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect([r.status, r.stdout]).toEqual([0, '']);
    // Only warnings (the payloads do not read as English): no trapped connect, no refused write or process.
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('newsx: warning: '))).toEqual([]);
    expect(fs.readdirSync(outDir)).toEqual(['analyses.jsonl']);
    expect(jsonLines(fs.readFileSync(path.join(outDir, 'analyses.jsonl'), 'utf8'))).toHaveLength(4);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it('the sandbox is real: writing anywhere but the --output folder is refused', () => {
    const r = spawnSync(process.execPath, ['--experimental-permission', '--allow-fs-read=*', '--no-warnings', BIN, 'analyze', 'payload-0.txt', '--output', path.join(dir, 'elsewhere.json')], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(fs.existsSync(path.join(dir, 'elsewhere.json'))).toBe(false);
  });
});

/** Preloaded in the CLI (and its workers): any socket connect or DNS lookup fails loudly on stderr. */
const TRAP = `
import net from 'node:net';
import dns from 'node:dns';
const trap = (what) => function () { process.stderr.write('NETWORK ATTEMPT: ' + what + '\\n'); throw new Error('network disabled: ' + what); };
net.Socket.prototype.connect = trap('net.Socket.connect');
dns.lookup = trap('dns.lookup');
dns.promises.lookup = trap('dns.promises.lookup');
globalThis.fetch = trap('fetch');
`;

describe('JSON from input cannot pollute prototypes', () => {
  it('a JSON Lines record and a lexicon keyed "__proto__" stay data', async () => {
    const line = '{"__proto__": {"polluted": "yes"}, "id": 1, "text": "Anna Okafor said so.", "constructor": {"prototype": {"polluted": "yes"}}}';
    const results = [];
    for await (const r of loadArticles([{ path: '-' }], { inputFormat: 'jsonl', cwd: ROOT, stdin: Readable.from([Buffer.from(line)]) })) results.push(r);
    expect(results).toMatchObject([{ ok: true, id: 1, text: 'Anna Okafor said so.' }]);
    const dir = makeTmp('proto');
    fs.writeFileSync(path.join(dir, 'lex.json'), '{"__proto__": "person", "Northfield": "place"}');
    const lex = readLexicon(path.join(dir, 'lex.json'), 'lex.json');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(lex.get('Northfield')).toBe('place');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
