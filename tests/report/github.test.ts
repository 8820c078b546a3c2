import { describe, expect, it } from 'vitest';
import type { Diagnostic, FileResult } from '../../src/model/index.js';
import { annotation, escapeData, escapeProperty, formatGithub, formatGithubSummary, markdownCell } from '../../src/report/github.js';
import { goldenContext, reportResults } from './results.js';

const tricky: Diagnostic = {
  rule: 'unknown-channel',
  severity: 'info',
  message: '100% 完成\r\n第二行, a:b',
  file: 'dir,1/a:b.yaml',
  line: 3,
  column: 7,
  endLine: 4,
  endColumn: 2,
};

describe('formatGithub', () => {
  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100%\r\n')).toBe('100%25%0D%0A');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(annotation(tricky)).toBe('::notice file=dir%2C1/a%3Ab.yaml,line=3,endLine=4,title=unknown-channel::100%25 完成%0D%0A第二行, a:b');
  });

  it('prints one command per diagnostic: error, warning, notice', () => {
    const lines = formatGithub(reportResults(), goldenContext()).trimEnd().split('\n');
    expect(lines).toHaveLength(reportResults().flatMap((r) => r.diagnostics).length);
    expect(new Set(lines.map((l) => /^::(\w+) /.exec(l)?.[1]))).toEqual(new Set(['error', 'warning', 'notice']));
    expect(formatGithub([], goldenContext())).toBe('');
  });
});

describe('formatGithubSummary', () => {
  it('has the totals and one table per file with every finding', () => {
    const results = reportResults();
    const md = formatGithubSummary(results, goldenContext());
    expect(md).toMatch(/^## catalog check\n/);
    expect(md).toContain('已检查 2 个文件：3 个错误，1 个警告，2 个提示');
    expect(md).toContain('### `tests/fixtures/report/clean.yaml`');
    const rows = md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /.test(l));
    expect(rows).toHaveLength(results.flatMap((r) => r.diagnostics).length);
  });

  it('keeps table cells intact: pipes, line breaks and HTML are escaped', () => {
    expect(markdownCell('a|b\nc <i>&')).toBe('a\\|b<br>c &lt;i&gt;&amp;');
    const r: FileResult = { file: 'x.yaml', ok: true, diagnostics: [{ ...tricky, message: 'a|b\nc' }] };
    expect(formatGithubSummary([r], goldenContext('en'))).toContain('| ℹ️ info | 3:7 | `unknown-channel` | a\\|b<br>c |');
  });
});
