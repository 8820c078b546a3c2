/**
 * The CLI bundle (lib/bundle/cli.cjs and its code caches, made by scripts/bundle-cli.mjs in npm run build):
 * the same outputs as lib/ loaded module by module, caches V8 accepts, and lib/ used when the bundle is stale.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const bundle = join(repoRoot, 'lib', 'bundle', 'cli.cjs');
const main = join(repoRoot, 'lib', 'cli', 'main.js');
// Only a bundle at least as new as lib/cli/main.js is used (a tsc run after npm run build leaves it stale).
const fresh = existsSync(bundle) && existsSync(main) && statSync(bundle).mtimeMs >= statSync(main).mtimeMs;
if (!fresh) console.warn('skipping CLI bundle tests: no fresh lib/bundle/cli.cjs (npm run build)');

const work = mkdtempSync(join(tmpdir(), 'catalog-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const outputs = (dir: string): Record<string, Buffer> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );

describe.skipIf(!fresh)('the bundled CLI', () => {
  it('builds the same bytes and reports the same findings as lib/ module by module', () => {
    const [viaBundle, viaLib] = [join(work, 'bundle'), join(work, 'lib')];
    expect(runCli(['build', 'catalogues/weihui.yaml', '-o', viaBundle, '-q']).status).toBe(0);
    expect(runCli(['build', 'catalogues/weihui.yaml', '-o', viaLib, '-q'], repoRoot, { CATALOG_NO_BUNDLE: '1' }).status).toBe(0);
    expect(Object.keys(outputs(viaBundle))).toHaveLength(5);
    expect(outputs(viaBundle)).toEqual(outputs(viaLib));
    const check = (env: Record<string, string>) => runCli(['check', 'catalogues/weihui.yaml', 'catalogues/fengqiu.yaml', '--format', 'json'], repoRoot, env);
    expect(check({})).toEqual(check({ CATALOG_NO_BUNDLE: '1' }));
  });

  it('verifies with the bundled worker as with lib/ module by module', () => {
    const dir = join(work, 'verify');
    expect(runCli(['build', 'catalogues/weihui.yaml', '--only', 'filing,pdf', '-o', dir, '-q']).status).toBe(0);
    const filing = join(dir, 'weihui.filing.pdf');
    const bytes = readFileSync(filing);
    // A second filing that does not pass: the same file cut short (unreadable).
    writeFileSync(join(dir, 'cut.pdf'), bytes.subarray(0, bytes.length >> 1));
    const verify = (env: Record<string, string>) => {
      const r = runCli(['verify', filing, join(dir, 'cut.pdf'), '--lang', 'en'], repoRoot, env);
      return { status: r.status, stdout: r.stdout };
    };
    const viaBundle = verify({});
    expect(viaBundle.status).toBe(1);
    expect(viaBundle.stdout).toContain('2 filing(s): 1 passed');
    expect(viaBundle).toEqual(verify({ CATALOG_NO_BUNDLE: '1' }));
  });

  it('V8 accepts the code caches with the flags bin/catalog.js sets', () => {
    for (const [name, kind] of [
      ['cli', 'build'],
      ['cli', 'check'],
      ['cli', 'verify'],
      ['side-worker', 'build'],
      ['verify-worker', 'verify'],
    ] as const) {
      const file = join(repoRoot, 'lib', 'bundle', `${name}.cjs`);
      const script = `
        const { readFileSync } = require('node:fs');
        const { Script, constants } = require('node:vm');
        if (${JSON.stringify(kind !== 'verify')}) require('node:v8').setFlagsFromString('--interrupt-budget=1048576');
        const file = ${JSON.stringify(file)};
        // Each bundle is written inside its CommonJS wrapper and compiled as read (bin/load-cached.cjs).
        const text = readFileSync(file, 'latin1');
        if (!text.startsWith('(function (exports, require, module, __filename, __dirname) {')) throw new Error('not wrapped');
        const s = new Script(text, {
          filename: file,
          cachedData: readFileSync(file + '.${kind}.cache'),
          importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
        });
        process.stdout.write(String(s.cachedDataRejected));`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      expect(r.stdout, `${name} ${kind}: ${r.stderr}`).toBe('false');
    }
  });

  it('is not used when lib/cli/main.js is newer (tsc ran after the build)', () => {
    // A copy of bin/ and lib/ whose bundle is replaced by one that fails: the stale copy must never run.
    const root = join(work, 'stale');
    for (const part of ['bin', 'lib', 'package.json', 'schema', 'templates', 'catalogues']) cpSync(join(repoRoot, part), join(root, part), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
    const copy = join(root, 'lib', 'bundle', 'cli.cjs');
    rmSync(`${copy}.check.cache`);
    cpSync(join(repoRoot, 'package.json'), copy);
    const run = () => spawnSync(process.execPath, [join(root, 'bin', 'catalog.js'), 'check', 'catalogues/weihui.yaml', '-q'], { cwd: root, encoding: 'utf8' });
    const past = new Date(Date.now() - 60_000);
    utimesSync(copy, past, past);
    expect(run().status).toBe(0);
    const future = new Date(Date.now() + 60_000);
    utimesSync(copy, future, future);
    expect(run().status, 'the planted bundle ran when fresh').toBe(2);
  });
});
