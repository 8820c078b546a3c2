/** The schema validators precompiled at build time (scripts/compile-schemas.mjs) judge exactly as the run-time compiled ones. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import { loadSource } from '../../src/load/load.js';
import { errorsToFindings, schemaValidator } from '../../src/validate/schema.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'catalog-schemas-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Module = { sha256: Record<string, string> } & Record<'catalogue' | 'resolved', ValidateFunction>;

/** Generates the module with the real script, then evaluates it with the repository's `require` (for ajv's runtime helpers). */
function generated(): Module {
  const out = join(work, 'schemas.compiled.cjs');
  const r = spawnSync(process.execPath, [join(repo, 'scripts', 'compile-schemas.mjs'), '--out', out], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const exports = {} as Module;
  const require = createRequire(join(repo, 'package.json'));
  new Function('exports', 'require', readFileSync(out, 'utf8'))(exports, require);
  return exports;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const files = [...yamlFiles(join(repo, 'catalogues')), ...yamlFiles(join(repo, 'tests', 'fixtures', 'rules'))];
const mod = generated();

/** Both validators' verdict and errors (and the findings made of them) for one value. */
function judge(validate: ValidateFunction, data: unknown): unknown {
  const ok = validate(data);
  const errors = structuredClone(validate.errors ?? []);
  return { ok, errors, findings: errorsToFindings(errors) };
}

describe('precompiled schema validators', () => {
  it('record the SHA-256 of each schema file they were made from', () => {
    for (const name of ['catalogue', 'resolved'] as const) {
      const text = readFileSync(join(repo, 'schema', `${name}.schema.json`));
      expect(mod.sha256[name]).toBe(loadSource('x', text).sha256);
    }
  });

  it.each(files.map((f) => [f.slice(repo.length), f]))('agree with ajv at run time on the source %s', (_label, path) => {
    const loaded = loadSource(path, readFileSync(path));
    if (loaded.data === undefined) return;
    expect(judge(mod.catalogue, loaded.data)).toEqual(judge(schemaValidator('catalogue'), loaded.data));
  });

  it('agree on every resolved catalogue the fixtures give, valid and not', () => {
    let compared = 0;
    for (const path of files) {
      const resolved = checkSource(path, readFileSync(path), fsHost(repo), { lang: 'zh' }).resolved;
      if (!resolved) continue;
      const data = JSON.parse(JSON.stringify(resolved)) as unknown;
      expect(judge(mod.resolved, data)).toEqual(judge(schemaValidator('resolved'), data));
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('reject what the run-time validator rejects (a sanity check that the fixtures include failures)', () => {
    const bad = files.filter((f) => {
      const loaded = loadSource(f, readFileSync(f));
      return loaded.data !== undefined && !mod.catalogue(loaded.data);
    });
    expect(bad.length).toBeGreaterThan(2);
  });
});
