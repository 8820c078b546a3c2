/** The benchmark's generated counties are reproducible and clean: the harness measures real work, never error paths. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';

interface Generator {
  countyYaml(items: number, seed: number): string;
  writeFixtures(root: string, packageRoot: string, sizes: readonly number[], seed: number): Record<number, string>;
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const gen = (await import(new URL('../../bench/generate.mjs', import.meta.url).href)) as Generator;
const work = mkdtempSync(join(tmpdir(), 'catalog-bench-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bench fixtures', () => {
  it('are the same bytes for the same seed and size, and differ with the seed', () => {
    expect(gen.countyYaml(200, 7)).toBe(gen.countyYaml(200, 7));
    expect(gen.countyYaml(200, 7)).not.toBe(gen.countyYaml(200, 8));
  });

  it.each([34, 100, 1000])('a county of %i items checks without errors or warnings and has that many items', (n) => {
    const files = gen.writeFixtures(join(work, String(n)), repo, [n], 20201026);
    const path = files[n] ?? '';
    const checked = checkSource(path, readFileSync(path), fsHost(work), { lang: 'zh' });
    const problems = checked.result.diagnostics.filter((d) => d.severity !== 'info');
    expect(problems).toEqual([]);
    expect(checked.result.counts?.items).toBe(n);
  });
});
