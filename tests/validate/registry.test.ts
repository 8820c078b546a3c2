/** The code registry cannot drift from its docs and tests: unique ids, messages in zh and en, a page and a test per code; rules have checks, stage codes none. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODES, CODES_BY_ID, RULES, STAGE_CODES } from '../../src/validate/registry.js';
import type { StageCode } from '../../src/validate/rule.js';
import { repoRoot } from '../helpers/check.js';

/** Rules reported by `verify` only: their tests live with verify's, in tests/filing/. */
const VERIFY_RULES: ReadonlySet<string> = new Set([
  'tampered-document',
  'missing-source',
  'baseline-mismatch',
  'other-version',
  'unverifiable-rendering',
  'signed-document',
  'unexpected-filing-kind',
  'compression-bomb',
  'unverified-file',
  'incomplete-document',
  'hidden-content',
  'unit-mismatch',
  'unreadable-cell',
]);

const ids = CODES.map((r) => r.id);

/** The ids of the modules in src/validate/<dir> that export a code (helpers export none). */
async function moduleIds(dir: string): Promise<string[]> {
  const folder = join(repoRoot, 'src', 'validate', dir);
  const found: string[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const mod = (await import(pathToFileURL(join(folder, file)).href)) as { default?: Partial<StageCode> };
    if (mod.default?.id === undefined || mod.default.messages === undefined) continue;
    expect(mod.default.id, file).toBe(file.replace(/\.ts$/, ''));
    expect(CODES_BY_ID.get(mod.default.id), file).toBe(mod.default);
    found.push(mod.default.id);
  }
  return found;
}

describe('rule registry', () => {
  it('has unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(CODES_BY_ID.size).toBe(CODES.length);
  });

  it('lists every rule module in src/validate/rules (each with a check) and every stage code in src/validate/codes (none)', async () => {
    expect((await moduleIds('rules')).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect((await moduleIds('codes')).sort()).toEqual(STAGE_CODES.map((c) => c.id).sort());
    for (const rule of RULES) expect(typeof rule.check, rule.id).toBe('function');
    for (const code of STAGE_CODES) expect('check' in code, code.id).toBe(false);
  });
});

describe.each(CODES.map((r) => [r.id, r] as const))('code %s', (id, rule) => {
  it('has a kebab-case id and a known severity', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
  });

  it('is declarable in deviations only if it is an error or a warning', () => {
    if (rule.declarable) expect(['error', 'warning']).toContain(rule.severity);
  });

  it('has a description and a default message, and zh and en text for every message id', () => {
    expect(rule.description.zh.trim()).not.toBe('');
    expect(rule.description.en.trim()).not.toBe('');
    expect(rule.messages.default).toBeDefined();
    for (const [messageId, message] of Object.entries(rule.messages)) {
      expect(typeof message.zh === 'string' && message.zh.trim() !== '', `${id}.${messageId}.zh`).toBe(true);
      expect(typeof message.en === 'string' && message.en.trim() !== '', `${id}.${messageId}.en`).toBe(true);
      expect(/[\u4e00-\u9fff]/.test(message.zh), `${id}.${messageId}.zh is Chinese`).toBe(true);
    }
  });

  it('has a docs page docs/rules/<id>.md with a Chinese and an English part', () => {
    const page = join(repoRoot, 'docs', 'rules', `${id}.md`);
    expect(existsSync(page), `docs/rules/${id}.md`).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('<!-- en -->');
  });

  it('has tests', () => {
    const dir = VERIFY_RULES.has(id) ? ['tests', 'filing'] : ['tests', 'validate', 'rules'];
    expect(existsSync(join(repoRoot, ...dir, `${id}.test.ts`)), `${dir.join('/')}/${id}.test.ts`).toBe(true);
  });
});
