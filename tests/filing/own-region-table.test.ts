/**
 * A hand-made table carries no `kind`: verify reads it as the kind the bureau receives. The city's own catalogue,
 * built as a Word table and sent back to the city (or a county's own table to the county checking its schools), was
 * read as a county catalogue identical to the baseline and passed with two warnings. Its title names the bureau's own
 * region: that is no filing of the kind received (unexpected-filing-kind), as the same catalogue's PDF already is.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir('own-region-');

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; message: string }[];
}

function verify(args: string[]): { files: Filing[]; status: number } {
  const r = runCli(['verify', ...args, '--format', 'json'], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { files: (JSON.parse(r.stdout) as { files: Filing[] }).files, status: r.status };
}

beforeAll(() => {
  for (const id of ['xinxiang/2020', 'weihui']) {
    const r = runCli(['build', join(repoRoot, 'catalogues', `${id}.yaml`), '--only', 'filing,docx', '--out', 'built'], dir, {
      SOURCE_DATE_EPOCH: '1764000000',
    });
    expect(r.status).toBe(0);
  }
});

describe('a Word table of the bureau’s own catalogue', () => {
  it('is refused by the city: the municipal catalogue is not a county filing', () => {
    const { files, status } = verify(['built/xinxiang.filing.docx']);
    expect(status).toBe(1);
    const kind = files[0]?.diagnostics.filter((d) => d.rule === 'unexpected-filing-kind') ?? [];
    expect(kind).toHaveLength(1);
    expect(kind[0]?.severity).toBe('error');
    expect(kind[0]?.message).toContain('市级');
  });

  it('a county table still passes the city', () => {
    const { files, status } = verify(['built/weihui.filing.docx']);
    expect(status).toBe(0);
    expect(files[0]?.diagnostics.map((d) => d.rule)).not.toContain('unexpected-filing-kind');
  });

  it('is refused by a county checking its schools (its title is no school’s: an error already before)', () => {
    const { files, status } = verify(['built/weihui.filing.docx', '--baseline', join(repoRoot, 'catalogues', 'weihui.yaml')]);
    expect(status).toBe(1);
    expect(files[0]?.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
