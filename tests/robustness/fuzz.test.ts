/** A bounded fuzz run: seeded mutations of every example catalogue, checked in-process, must give diagnostics, never a throw. */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import { CODES_BY_ID } from '../../src/validate/registry.js';
import { repoRoot } from '../helpers/cli.js';
import { mutate, prng, problemsOf } from './fuzz.js';

const SEED = 20_201_026;
const ITERATIONS = 2000;
/** One check of a catalogue takes milliseconds; this is far from any of them, and far below a hang. */
const SLOW_MS = 3_000;

/** Every *.yaml under catalogues/, sorted. */
function catalogueFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return catalogueFiles(path);
      return name.endsWith('.yaml') ? [path] : [];
    });
}

/** Keep a failing input where a person can rerun it. */
function save(bytes: Uint8Array, i: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'catalog-fuzz-')), `seed-${SEED}-iteration-${i}.yaml`);
  writeFileSync(path, bytes);
  return path;
}

describe('fuzz: mutated example catalogues', () => {
  const files = catalogueFiles(join(repoRoot, 'catalogues'));
  const sources = files.map((f) => readFileSync(f));
  const known = new Set(CODES_BY_ID.keys());
  const host = fsHost(repoRoot);

  it(`${ITERATIONS} mutations (seed ${SEED}) each end in diagnostics with known rules and positions`, () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const rnd = prng(SEED);
    const failures: string[] = [];
    const seenRules = new Set<string>();
    for (let i = 0; i < ITERATIONS && failures.length < 5; i++) {
      const k = i % files.length;
      const { ops, bytes } = mutate(sources[k] as Uint8Array, sources, rnd);
      const start = Date.now();
      try {
        const checked = checkSource(files[k] as string, bytes, host, { lang: i % 2 === 0 ? 'zh' : 'en' });
        const problems = problemsOf(checked.result.diagnostics, known);
        if (Date.now() - start > SLOW_MS) problems.push(`took ${Date.now() - start} ms`);
        checked.result.diagnostics.forEach((d) => seenRules.add(d.rule));
        if (problems.length > 0) failures.push(`${save(bytes, i)} (${ops.join('+')}): ${problems.join('; ')}`);
      } catch (e) {
        failures.push(`${save(bytes, i)} (${ops.join('+')}): threw ${(e as Error).stack ?? String(e)}`);
      }
    }
    expect(failures).toEqual([]);
    // The mutations reach past the parser: the rules behind it fire too.
    for (const rule of ['yaml-syntax', 'encoding', 'schema', 'required-field', 'removed-item', 'duplicate-id']) expect(seenRules).toContain(rule);
  });
});
