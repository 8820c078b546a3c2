/** CI formats for verify: findings point at the PDF in the repository; GitHub columns only on one line; FORCE_COLOR and NO_COLOR. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { colorWanted } from '../../src/cli/io.js';
import type { FileResult } from '../../src/model/index.js';
import { locateOnFiling } from '../../src/report/escape.js';
import { annotation } from '../../src/report/github.js';
import { FORMATTERS } from '../../src/report/index.js';
import { runCli } from '../helpers/cli.js';
import { buildFiling, checkCatalogue, tempDir } from '../filing/helpers.js';

const d = { rule: 'removed-channel', severity: 'error' as const, message: '少了“政府网站”', line: 22, column: 20, endLine: 24, endColumn: 5 };
const filing: FileResult = { file: 'filings/weihui.filing.pdf', ok: false, diagnostics: [{ ...d, file: 'filings/weihui.filing.pdf#weihui.yaml' }] };
const ctx = { lang: 'zh' as const, color: false, verbose: true, quiet: false, command: 'verify' };

describe('CI formats place findings on the filing', () => {
  it("moves an embedded source's line into the message", () => {
    const [moved] = locateOnFiling(filing).diagnostics;
    expect(moved).toMatchObject({ file: 'filings/weihui.filing.pdf', line: 1, column: 1, endLine: 1, message: 'weihui.yaml:22:20: 少了“政府网站”' });
  });

  it.each(['sarif', 'github', 'gitlab', 'junit'])('%s names the PDF, never PDF#source', (format) => {
    const out = FORMATTERS[format]!([filing], ctx);
    expect(out).toContain('weihui.filing.pdf');
    expect(out).not.toContain('pdf#weihui.yaml');
    expect(out).toContain('weihui.yaml:22:20');
  });

  it('leaves a plain YAML finding where it is', () => {
    const plain: FileResult = { file: 'a.yaml', ok: false, diagnostics: [{ ...d, file: 'a.yaml' }] };
    expect(locateOnFiling(plain)).toEqual(plain);
  });
});

describe('GitHub annotations', () => {
  it('leave out col and endColumn when the span covers several lines', () => {
    expect(annotation({ ...d, file: 'a.yaml' })).toBe('::error file=a.yaml,line=22,endLine=24,title=removed-channel::少了“政府网站”');
    expect(annotation({ ...d, file: 'a.yaml', endLine: 22, endColumn: 30 })).toBe(
      '::error file=a.yaml,line=22,col=20,endLine=22,endColumn=30,title=removed-channel::少了“政府网站”',
    );
  });
});

describe('colours', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
    [{ NO_COLOR: '', FORCE_COLOR: '1' }, false, true],
  ])('%o on a TTY=%s → %s', (env, tty, want) => {
    expect(colorWanted(env, tty)).toBe(want);
  });
});

describe('verify through the CLI', () => {
  const dir = tempDir();
  beforeAll(async () => {
    writeFileSync(join(dir, 'dropped.filing.pdf'), await buildFiling(checkCatalogue('tests/filing/fixtures/weihui-dropped-channel.yaml')));
  });

  it('github: annotations on the PDF, the source line in the message', () => {
    const r = runCli(['verify', '--format', 'github', 'dropped.filing.pdf'], dir);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.length).toBeGreaterThan(0);
    for (const l of errors) expect(l).toMatch(/^::error file=dropped.filing.pdf,line=1,col=1,endLine=1,endColumn=1,title=[a-z-]+::/);
    expect(errors.some((l) => /::[\w-]+\.yaml:\d+:\d+: /.test(l))).toBe(true);
  });

  it('FORCE_COLOR colours stylish output without a terminal; NO_COLOR still wins', () => {
    const forced = runCli(['verify', 'dropped.filing.pdf'], dir, { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[');
    const both = runCli(['verify', 'dropped.filing.pdf'], dir, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(both.stdout).not.toContain('\u001b[');
  });
});
