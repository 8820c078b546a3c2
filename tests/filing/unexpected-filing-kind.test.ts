/** unexpected-filing-kind: the city receives county catalogues extending its baseline; a county, its schools' catalogues extending its own. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editedBaseline } from './corpus.js';
import { buildFiling, checkCatalogue, repoRoot, rulesOf, tempDir, verify, verifyEnv } from './helpers.js';

const rule = 'unexpected-filing-kind';
const dir = tempDir();
const at = (rel: string): string => join(repoRoot, rel);

/** rule and message id of the filing-level findings of one outcome. */
function found(o: Awaited<ReturnType<typeof verify>>): string[] {
  return o.result.diagnostics.filter((d) => d.rule === rule).map((d) => d.message);
}

beforeAll(async () => {
  // A "county" that extends nothing.
  const weihui = readFileSync(at('catalogues/weihui.yaml'), 'utf8');
  writeFileSync(join(dir, 'relabelled.yaml'), weihui.replace(/^extends: .*\n/m, ''));
  editedBaseline(join(dir, 'city', '2020.yaml'));
  writeFileSync(join(dir, 'own-city.yaml'), weihui.replace(/^extends: .*$/m, 'extends: city/2020.yaml'));
  writeFileSync(join(dir, 'weihui-shiyan.filing.pdf'), await buildFiling(checkCatalogue('catalogues/schools/weihui-shiyan.yaml')));
});

describe(`${rule} for the municipal bureau (the default)`, () => {
  const env = verifyEnv(repoRoot);

  it("accepts a county catalogue extending the bureau's baseline", async () => {
    expect(rulesOf(await verify(at('catalogues/weihui.yaml'), env), 'error')).toEqual([]);
  });

  it('refuses a school catalogue and the municipal catalogue itself, as YAML and as PDF', async () => {
    for (const file of ['catalogues/schools/weihui-shiyan.yaml', 'catalogues/xinxiang/2020.yaml']) {
      const o = await verify(at(file), env);
      expect(rulesOf(o, 'error'), file).toEqual([rule]);
      expect(o.result.status).toBe('error');
    }
    const pdf = await verify(join(dir, 'weihui-shiyan.filing.pdf'), verifyEnv(dir));
    expect(rulesOf(pdf, 'error')).toEqual([rule]);
    expect(pdf.result.integrity).toBe('ok');
    expect(found(pdf)[0]).toContain('学校目录“weihui-shiyan”');
  });

  it('refuses a file that claims to be a county but extends nothing, or extends a municipal file of its own', async () => {
    expect((await verify(join(dir, 'relabelled.yaml'), verifyEnv(dir))).result.status).toBe('error');
    const own = await verify(join(dir, 'own-city.yaml'), verifyEnv(dir));
    // Its own city file is not the bureau's (baseline-mismatch) and, extended by a path, not a published baseline (kind-mismatch).
    expect(rulesOf(own, 'error')).toEqual(['baseline-mismatch', 'kind-mismatch']);
  });
});

describe(`${rule} for a county bureau (--baseline COUNTY.yaml), through the CLI`, () => {
  it("accepts the county's school, as YAML and as PDF", () => {
    const r = runCli([
      'verify',
      '--format',
      'json',
      '--baseline',
      'catalogues/weihui.yaml',
      'catalogues/schools/weihui-shiyan.yaml',
      join(dir, 'weihui-shiyan.filing.pdf'),
    ]);
    expect(r.stderr).not.toContain('不是市级基准目录');
    const files = (JSON.parse(r.stdout) as { files: { file: string; status: string; integrity: string }[] }).files;
    expect(files.map((f) => [f.status, f.integrity]).sort()).toEqual([
      ['ok', 'ok'],
      ['ok', 'source'],
    ]);
    expect(r.status).toBe(0);
  });

  it('refuses county catalogues and schools of another county', () => {
    const r = runCli([
      'verify',
      '--format',
      'json',
      '--baseline',
      'catalogues/huixian.yaml',
      'catalogues/schools/weihui-shiyan.yaml',
      'catalogues/weihui.yaml',
    ]);
    const files = (JSON.parse(r.stdout) as { files: { file: string; diagnostics: { rule: string; message: string }[] }[] }).files;
    for (const f of files)
      expect(
        f.diagnostics.filter((d) => d.rule === rule),
        f.file,
      ).toHaveLength(1);
    expect(files.find((f) => f.file.endsWith('weihui-shiyan.yaml'))?.diagnostics.find((d) => d.rule === rule)?.message).toContain('不是本县核验所用的 huixian');
    expect(r.status).toBe(1);
  });

  it('refuses a school catalogue as --baseline with a one-line usage error', () => {
    const r = runCli(['verify', '--baseline', 'catalogues/schools/weihui-shiyan.yaml', 'catalogues/weihui.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('既不是市级基准目录');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
