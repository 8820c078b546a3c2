/** baseline-mismatch: the filing was built against a municipal baseline whose SHA-256 is not the bureau's. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPdf } from '../../src/filing/verify-pdf.js';
import { sha256Hex } from '../../src/load/load.js';
import { editedBaseline } from './corpus.js';
import { buildFiling, checkCatalogue, repoRoot, shippedBaseline, tempDir, verify, verifyEnv } from './helpers.js';

const rule = 'baseline-mismatch';
const dir = tempDir();
const edited = join(dir, 'edited', 'xinxiang', '2020.yaml');
const ours = sha256Hex(readFileSync(shippedBaseline));
let theirs = '';

beforeAll(() => {
  editedBaseline(edited);
  theirs = sha256Hex(readFileSync(edited));
});

describe(rule, () => {
  it('reports a filing built against an edited copy of the baseline, and does not rebuild it', async () => {
    const pdf = await buildFiling(checkCatalogue('catalogues/weihui.yaml', edited));
    const parts = await verifyPdf('weihui.filing.pdf', pdf, verifyEnv(dir));
    expect(parts.integrity).toBe('baseline-mismatch');
    expect(parts.findings.map(({ rule: r, messageId, data }) => ({ rule: r, messageId, data }))).toEqual([
      { rule, messageId: 'default', data: { baseline: 'xinxiang@2020', theirs, ours } },
    ]);
  });

  it('reports a good filing when the bureau verifies against another baseline (--baseline)', async () => {
    writeFileSync(join(dir, 'weihui.filing.pdf'), await buildFiling(checkCatalogue('catalogues/weihui.yaml')));
    const r = await verify(join(dir, 'weihui.filing.pdf'), verifyEnv(dir, edited));
    const shown = r.result.diagnostics.filter((d) => d.severity !== 'info');
    expect(shown.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([[rule, 'weihui.filing.pdf', 1, 1]]);
    expect(shown[0]?.message).toContain(`SHA-256 ${ours}`);
  });

  it('reports a YAML filing that extends an edited municipal file by path', async () => {
    const source = readFileSync(join(repoRoot, 'catalogues', 'huixian.yaml'), 'utf8').replace('extends: xinxiang@2020', 'extends: edited/xinxiang/2020.yaml');
    writeFileSync(join(dir, 'huixian.yaml'), source);
    const r = await verify(join(dir, 'huixian.yaml'), verifyEnv(dir));
    expect(r.result).toMatchObject({ integrity: 'source', status: 'error' });
    // The rules run against the shipped twin of the edited file the county named; the edit is named by
    // modified-baseline, and a municipal file outside catalogues/ID/VERSION.yaml is kind-mismatch.
    expect(r.result.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.file, d.line])).toEqual([
      [rule, 'huixian.yaml', 1],
      ['kind-mismatch', 'huixian.yaml', expect.any(Number)],
      ['modified-baseline', 'huixian.yaml', expect.any(Number)],
    ]);
  });

  it("reports a YAML filing that extends another version by reference: xinxiang@2024 does not stand for the bureau's xinxiang@2020 (red team)", async () => {
    // The county's own catalogues/xinxiang/2024.yaml drops 政务新媒体 from an item; `check` only warns that it is not shipped, `build` uses it.
    const base = readFileSync(shippedBaseline, 'utf8').replace('version: "2020"', 'version: "2024"').replace('          - 政务新媒体\n', '');
    mkdirSync(join(dir, 'county', 'catalogues', 'xinxiang'), { recursive: true });
    writeFileSync(join(dir, 'county', 'catalogues', 'xinxiang', '2024.yaml'), base);
    const source = readFileSync(join(repoRoot, 'catalogues', 'huixian.yaml'), 'utf8').replace('extends: xinxiang@2020', 'extends: xinxiang@2024');
    writeFileSync(join(dir, 'county', 'huixian.yaml'), source);
    const r = await verify(join(dir, 'county', 'huixian.yaml'), verifyEnv(dir));
    expect(r.result).toMatchObject({ integrity: 'source', status: 'error' });
    const found = r.result.diagnostics.find((d) => d.rule === rule);
    expect(found?.message).toContain('xinxiang@2024');
    expect(found?.message).toContain('xinxiang@2020');
  });

  it('is quiet when the baselines are byte for byte the same, wherever the bureau keeps its copy', async () => {
    const copy = join(dir, 'bureau-baseline.yaml');
    copyFileSync(shippedBaseline, copy);
    const parts = await verifyPdf('weihui.filing.pdf', await buildFiling(checkCatalogue('catalogues/weihui.yaml')), verifyEnv(dir, copy));
    expect(parts.findings).toEqual([]);
    expect(parts.integrity).toBe('ok');
  });
});
