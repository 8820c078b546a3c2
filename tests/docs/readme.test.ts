/** The README's quick-start commands, run verbatim (npx catalog → the built CLI) in a fresh folder. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const block = /<!-- quickstart -->([\s\S]*?)<!-- \/quickstart -->/.exec(readme)?.[1] ?? '';
const commands = block
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.startsWith('npx catalog '));
const work = mkdtempSync(join(tmpdir(), 'catalog-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('README quick start', () => {
  it('has the quick-start commands', () => {
    expect(commands.length).toBeGreaterThanOrEqual(3);
  });

  it('runs every command verbatim in a folder with the shipped catalogues, each exiting 0', () => {
    cpSync(join(repoRoot, 'catalogues'), join(work, 'catalogues'), { recursive: true });
    for (const command of commands) {
      const args = command.replace(/^npx catalog /, '').split(/\s+/);
      const r = runCli(args, work);
      expect(r.status, `${command}\n${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(work, 'dist', 'yanjin.filing.pdf'))).toBe(true);
    expect(existsSync(join(work, 'dist', 'yanjin.notice.docx'))).toBe(true);
  });

  it('names the two set-up commands', () => {
    expect(readme).toContain('npm ci && npx catalog build');
    expect(readme).toContain('npm test');
  });
});
