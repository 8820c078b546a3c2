/** Runs every tests/scenarios/*.scenario in a fresh folder and compares stdout and the exit code. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { parseScenario } from './scenario.js';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'catalog-scenarios-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases = readdirSync(here)
  .filter((f) => f.endsWith('.scenario'))
  .sort();

describe('end-to-end scenarios', () => {
  it('has scenarios', () => expect(cases.length).toBeGreaterThan(0));
  for (const file of cases) {
    const s = parseScenario(file, readFileSync(join(here, file), 'utf8'));
    it(`${file}: ${s.description}`, () => {
      const dir = join(work, file.replace(/\.scenario$/, ''));
      for (const [path, content] of s.files) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      mkdirSync(dir, { recursive: true });
      const r = runCli(s.args, dir);
      if (s.stdout !== undefined) expect(r.stdout).toBe(s.stdout);
      if (s.stderr !== undefined) expect(r.stderr).toContain(s.stderr);
      expect(r.status, r.stderr).toBe(s.status);
    });
  }
});
