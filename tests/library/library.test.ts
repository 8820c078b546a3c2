/** The library entry (src/index.ts → lib/index.js) used as another program would: imported by the package's name. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

describe('library use', () => {
  it('exports the built entry with its type declarations', () => {
    expect(manifest.name).toMatch(/^@[a-z0-9-]+\/catalog$/);
    expect(manifest.bin).toEqual({ catalog: 'bin/catalog.js' });
    expect(manifest.exports['.']).toEqual({ types: './lib/index.d.ts', default: './lib/index.js' });
    const dts = readFileSync(join(repoRoot, 'lib', 'index.d.ts'), 'utf8');
    for (const name of ['check', 'checkFile', 'build', 'verify', 'format']) expect(dts).toContain(`export declare function ${name}(`);
  });

  it('checks, builds to bytes and verifies those bytes through the package name', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'tests', 'library', 'use-package.mjs'), 'catalogues/weihui.yaml'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(manifest.version);
    expect(out.rules).toBeGreaterThan(10);
    expect(out).toMatchObject({ ok: true, catalogue: 'weihui', brokenOk: false, integrity: 'ok', verifiedOk: true, sarifVersion: '2.1.0' });
    expect(out.brokenRules).toContain('schema');
    expect(out.built.map(([name]: [string]) => name)).toEqual(['weihui.filing.pdf', 'weihui.html']);
    for (const [, size] of out.built) expect(size).toBeGreaterThan(1000);
  });

  it('gives the same bytes as catalog build', async () => {
    // The CLI builds in a worker thread; the library in this one: the documents must not differ.
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { runCli } = await import('../helpers/cli.js');
    const out = mkdtempSync(join(tmpdir(), 'catalog-lib-'));
    expect(runCli(['build', 'catalogues/weihui.yaml', '--only', 'filing', '-o', out]).status).toBe(0);
    const script = `import { build } from '@xinxiang-edu/catalog'; import { readFileSync } from 'node:fs';
      const r = await build('catalogues/weihui.yaml', readFileSync('catalogues/weihui.yaml'), { only: 'filing' });
      for (const f of r.files) { const cli = readFileSync(${JSON.stringify(out)} + '/' + f.name); if (!cli.equals(Buffer.from(f.bytes))) { console.log('differs ' + f.name); process.exit(1); } }
      console.log(r.files.length);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('2');
  });
});
