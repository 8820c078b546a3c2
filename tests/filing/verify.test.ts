/** `catalog verify` over a corpus of good and bad filings in one batch: each gets its status and rule, the run exits 1. */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type RunResult } from '../helpers/cli.js';
import { buildCorpus, type CorpusEntry } from './corpus.js';
import { tempDir } from './helpers.js';

interface JsonFile {
  file: string;
  catalogue: string | null;
  status: string;
  integrity: string;
  diagnostics: { rule: string; severity: string; file: string; line: number; column: number; message: string }[];
}

describe('catalog verify: one batch over the corpus', () => {
  // CATALOG_KEEP_CORPUS=DIR keeps the corpus there to look at (or to benchmark with).
  const keep = process.env.CATALOG_KEEP_CORPUS;
  const dir = keep ? (mkdirSync(keep, { recursive: true }), keep) : tempDir();
  let corpus: CorpusEntry[] = [];
  let run: RunResult;
  let files: JsonFile[] = [];

  beforeAll(async () => {
    corpus = await buildCorpus(dir);
    run = runCli(['verify', '--format', 'json', '--jobs', '2', '--report', 'work/summary.csv', 'filings'], dir);
    files = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
  }, 180_000);
  afterAll(() => {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 and reports every filing once', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(files.map((f) => f.file).sort()).toEqual(corpus.map((c) => c.file).sort());
  });

  it('gives each filing its expected status, integrity and rules', () => {
    const actual = files.map((f) => ({
      file: f.file,
      status: f.status,
      integrity: f.integrity,
      rules: [...new Set(f.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule))].sort(),
    }));
    expect(actual.sort((a, b) => a.file.localeCompare(b.file))).toEqual([...corpus].sort((a, b) => a.file.localeCompare(b.file)));
  });

  it('names the embedded source in diagnostics that come from it, with their YAML position', () => {
    const dropped = files.find((f) => f.file === 'filings/bad/dropped-channel.pdf');
    const channel = dropped?.diagnostics.find((d) => d.rule === 'removed-channel');
    expect(channel).toMatchObject({ file: 'filings/bad/dropped-channel.pdf#weihui.yaml', line: 57, column: 11 });
    const tampered = dropped?.diagnostics.find((d) => d.rule === 'tampered-document');
    expect(tampered).toMatchObject({ file: 'filings/bad/dropped-channel.pdf', line: 1, column: 1 });
    expect(tampered?.message).toMatch(/第 \d+ 页/);
  });

  it('reports a YAML bomb in an embedded source as yaml-syntax on the filing', () => {
    const bomb = files.find((f) => f.file === 'filings/bad/yaml-bomb.pdf');
    expect(bomb?.diagnostics.map((d) => [d.rule, d.file])).toEqual([['yaml-syntax', 'filings/bad/yaml-bomb.pdf#weihui.yaml']]);
  });

  it('lists the results sorted by region, then file, with unreadable files last', () => {
    const order = files.map((f) => f.file);
    expect(order.indexOf('filings/good/fengqiu.filing.pdf')).toBeLessThan(order.indexOf('filings/good/huixian.filing.pdf'));
    expect(order.indexOf('filings/good/huixian.filing.pdf')).toBeLessThan(order.indexOf('filings/good/weihui.filing.pdf'));
    // Filings whose source could not be read have no region: they come last, by file.
    const regionless = files.filter((f) => f.catalogue === null).map((f) => f.file);
    expect(regionless).toContain('filings/bad/truncated.pdf');
    expect(order.slice(-regionless.length)).toEqual([...regionless].sort());
  });

  it('writes the summary table with one row per filing and the totals', () => {
    const csv = readFileSync(join(dir, 'work', 'summary.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF核验时间,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toContain(lines.find((l) => l.startsWith('序号,')));
    // One row per unit: every filing is named, the superseded ones beside the one that counts.
    for (const entry of corpus) expect(csv, entry.file).toContain(entry.file);
    expect(lines.at(-1)).toMatch(/^合计,/);
  });
});
