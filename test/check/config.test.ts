import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckConfigError, defaultCheckConfig, findConfigFile, loadCheckConfig, RULE_IDS } from '../../src/check/index.js';

const root = mkdtempSync(join(tmpdir(), 'newsx-check-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A directory under the temp root holding the given files. */
function tree(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const rc = (rules: Record<string, unknown>) => JSON.stringify({ rules });

describe('defaults', () => {
  it('sets every rule to its default severity', () => {
    expect(defaultCheckConfig().rules).toEqual({
      'unattributed-quote': 'error',
      'unbalanced-quotes': 'error',
      'unresolved-date': 'warn',
      'name-variants': 'warn',
      'first-mention-surname': 'warn',
    });
    expect(Object.keys(defaultCheckConfig().rules)).toEqual(RULE_IDS);
  });

  it('uses the defaults when no config file is found upward', () => {
    const dir = tree('none', { 'a/b/story.txt': '' });
    const config = loadCheckConfig({ filePath: join(dir, 'a/b/story.txt'), ruleArgs: [] });
    expect(config).toEqual({ ...defaultCheckConfig(), configPath: null });
  });
});

describe('.newsxrc.json found upward', () => {
  const dir = tree('up', {
    '.newsxrc.json': rc({ 'name-variants': 'off', 'unattributed-quote': 'warn' }),
    'desk/politics/story.txt': '',
    'desk/sport/.newsxrc.json': rc({ 'unresolved-date': 'error' }),
    'desk/sport/story.txt': '',
  });

  it('reads the nearest file above the checked file and keeps defaults for rules it does not name', () => {
    const config = loadCheckConfig({ filePath: join(dir, 'desk/politics/story.txt'), ruleArgs: [] });
    expect(config.configPath).toBe(join(dir, '.newsxrc.json'));
    expect(config.rules['name-variants']).toBe('off');
    expect(config.rules['unattributed-quote']).toBe('warn');
    expect(config.rules['unbalanced-quotes']).toBe('error');
  });

  it('stops at the nearest file (configs do not merge)', () => {
    const config = loadCheckConfig({ filePath: join(dir, 'desk/sport/story.txt'), ruleArgs: [] });
    expect(config.configPath).toBe(join(dir, 'desk/sport/.newsxrc.json'));
    expect(config.rules['unresolved-date']).toBe('error');
    expect(config.rules['name-variants']).toBe('warn');
  });

  it('findConfigFile returns null at the filesystem root when nothing is there', () => {
    expect(findConfigFile(join(root, 'none'))).toBeNull();
  });

  it('--config wins over the file found upward, and --rule over both, in order', () => {
    const other = tree('other', { 'custom.json': rc({ 'unattributed-quote': 'off' }) });
    const config = loadCheckConfig({
      filePath: join(dir, 'desk/politics/story.txt'),
      configPath: join(other, 'custom.json'),
      ruleArgs: ['first-mention-surname=error', 'unbalanced-quotes=off', 'first-mention-surname=warn'],
    });
    expect(config.configPath).toBe(join(other, 'custom.json'));
    expect(config.rules).toMatchObject({
      'unattributed-quote': 'off',
      'name-variants': 'warn',
      'unbalanced-quotes': 'off',
      'first-mention-surname': 'warn',
    });
  });

  it('reads the example shipped in fixtures/check', () => {
    const config = loadCheckConfig({ filePath: 'fixtures/check/config-example/story.txt', ruleArgs: [] });
    expect(config.rules).toMatchObject({ 'unattributed-quote': 'warn', 'name-variants': 'off', 'first-mention-surname': 'error' });
  });
});

describe('errors are CheckConfigError with a one-line message', () => {
  const dir = tree('bad', {
    'unknown-rule/.newsxrc.json': rc({ 'no-such-rule': 'error' }),
    'bad-setting/.newsxrc.json': rc({ 'name-variants': 'warning' }),
    'numeric-setting/.newsxrc.json': rc({ 'name-variants': 2 }),
    'malformed/.newsxrc.json': '{ "rules": { "name-variants": "off", } ',
    'not-object/.newsxrc.json': '["rules"]',
    'rules-not-object/.newsxrc.json': '{ "rules": ["name-variants"] }',
    'unknown-key/.newsxrc.json': '{ "rule": {} }',
  });
  const load = (sub: string, ruleArgs: string[] = [], configPath?: string) => () =>
    loadCheckConfig({ filePath: join(dir, sub, 'story.txt'), ruleArgs, configPath });

  it.each([
    ['unknown-rule', /^Unknown rule "no-such-rule" in .*\.newsxrc\.json \(known rules: unattributed-quote, .*first-mention-surname\)$/],
    ['bad-setting', /^Rule "name-variants" in .* is set to "warning"; use off, warn, error$/],
    ['numeric-setting', /^Rule "name-variants" in .* is set to 2; use off, warn, error$/],
    ['malformed', /^Config file .*\.newsxrc\.json is not valid JSON: /],
    ['not-object', /^Config file .* must hold a JSON object$/],
    ['rules-not-object', /"rules" must be an object$/],
    ['unknown-key', /has an unknown key "rule" \(expected "rules"\)$/],
  ])('%s', (sub, message) => {
    expect(load(sub)).toThrow(CheckConfigError);
    expect(load(sub)).toThrow(message);
  });

  it.each([
    ['no-such-rule=off', /^Unknown rule "no-such-rule" in --rule \(known rules: /],
    ['name-variants=warning', /^Rule "name-variants" in --rule is set to "warning"; use off, warn, error$/],
    ['name-variants', /^--rule expects id=off\|warn\|error, got "name-variants"$/],
  ])('--rule %s', (arg, message) => {
    expect(load('none', [arg])).toThrow(CheckConfigError);
    expect(load('none', [arg])).toThrow(message);
  });

  it('a --config file that cannot be read', () => {
    expect(load('none', [], join(dir, 'missing.json'))).toThrow(/^Cannot read config file .*missing\.json: ENOENT$/);
  });

  it('every message is one line', () => {
    for (const sub of ['unknown-rule', 'bad-setting', 'malformed', 'not-object', 'unknown-key']) {
      try {
        load(sub)();
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(CheckConfigError);
        expect((err as Error).message).not.toMatch(/\n/);
        expect((err as Error).name).toBe('CheckConfigError');
      }
    }
  });
});
