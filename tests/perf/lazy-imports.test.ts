/** `check` and `--version` start fast because they never load the rendering libraries (nor, for --version, the parsers). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'bin', 'catalog.js');
const hook = pathToFileURL(join(repo, 'tests', 'perf', 'record-modules.mjs')).href;
const built = existsSync(join(repo, 'lib', 'cli', 'main.js'));
if (!built) console.warn('skipping lazy-import tests: lib/ is not built (npm run build)');

const work = mkdtempSync(join(tmpdir(), 'catalog-lazy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Runs the real CLI and returns its exit status and every module URL or path it loaded. It loads lib/ module
 * by module (CATALOG_NO_BUNDLE): the bundle of lib/bundle/cli.cjs keeps the same modules lazy inside one file
 * (tests/perf/cli-bundle.test.ts).
 */
function loadedBy(args: readonly string[]): { status: number | null; stdout: string; modules: string[] } {
  const list = join(work, `${args.join('_').replace(/[^a-z0-9_-]/gi, '')}.txt`);
  rmSync(list, { force: true });
  const r = spawnSync(process.execPath, ['--import', hook, bin, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CATALOG_LOADED_MODULES: list, CATALOG_NO_BUNDLE: '1' },
    timeout: 60_000,
  });
  const modules = existsSync(list) ? readFileSync(list, 'utf8').split('\n').filter(Boolean) : [];
  return { status: r.status, stdout: r.stdout, modules };
}

/** The packages (by node_modules folder) and our own render modules among the loaded ones. */
function packagesIn(modules: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const m of modules) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1];
    if (pkg) names.add(pkg);
    // The build bundles yaml into lib/vendor/yaml.js (scripts/bundle-yaml.mjs): that file is the package.
    if (/\/lib\/vendor\/yaml\.js$/.test(m)) names.add('yaml');
    // lazy-brotli.js is the few lines bin/catalog.js runs first so fontkit never loads brotli: it loads nothing itself.
    if (/\/lib\/render\/fonts\/(?!lazy-brotli\.js$)/.test(m)) names.add('lib/render/fonts');
  }
  return names;
}

const RENDERING = ['docx', 'pdfkit', 'fontkit', 'handlebars', 'pdfjs-dist', 'lib/render/fonts'];

describe.skipIf(!built)('lazy imports of the built CLI', () => {
  it('check loads no rendering library', () => {
    const r = loadedBy(['check', 'catalogues/weihui.yaml']);
    expect(r.status).toBe(0);
    const pkgs = packagesIn(r.modules);
    expect(pkgs.has('yaml'), 'the recorder saw the YAML parser load').toBe(true);
    expect(RENDERING.filter((p) => pkgs.has(p))).toEqual([]);
  });

  it('--version loads neither rendering libraries nor ajv or yaml', () => {
    const r = loadedBy(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(
      r.modules.some((m) => m.endsWith('/lib/cli/main.js')),
      'the recorder saw the CLI load',
    ).toBe(true);
    const pkgs = packagesIn(r.modules);
    expect([...RENDERING, 'ajv', 'yaml'].filter((p) => pkgs.has(p))).toEqual([]);
  });

  it('build does load the renderers (the recorder sees lazy imports)', () => {
    const out = join(work, 'dist');
    const r = loadedBy(['build', 'catalogues/weihui.yaml', '--only', 'notice,docx', '-o', out]);
    expect(r.status).toBe(0);
    expect(packagesIn(r.modules).has('docx')).toBe(true);
  });
});
