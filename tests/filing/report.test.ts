/** The summary table in HTML, Markdown and CSV: golden files (tests/filing/golden/, update with `vitest -u`), escaping, order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FORMATS, reportFormatFor } from '../../src/filing/report.js';
import { csvField } from '../../src/filing/report-csv.js';
import { escapeHtml } from '../../src/filing/report-html.js';
import { mdCell } from '../../src/filing/report-md.js';
import type { ReportContext } from '../../src/filing/report-rows.js';
import { sha256Hex } from '../../src/load/load.js';
import type { FilingOutcome } from '../../src/model/filing.js';
import { repoRoot, shippedBaseline, verify, verifyEnv } from './helpers.js';

/** Filings that need no PDF: YAML sources of every kind, one with errors, one with escapes, and a file that is not a PDF. */
const FILINGS = [
  'catalogues/fengqiu.yaml',
  'catalogues/schools/weihui-shiyan.yaml',
  'catalogues/xinxiang/2020.yaml',
  'tests/filing/fixtures/weihui-dropped-channel.yaml',
  'tests/filing/fixtures/report/escapes.yaml',
  'tests/filing/fixtures/report/not-a-filing.pdf',
];

const outcomes: Record<'zh' | 'en', FilingOutcome[]> = { zh: [], en: [] };
const context = (lang: 'zh' | 'en'): ReportContext => ({
  lang,
  toolVersion: '0.1.0',
  time: '2025-11-24T16:00:00Z',
  baseline: { label: 'xinxiang@2020', id: 'xinxiang', version: '2020', sha256: sha256Hex(readFileSync(shippedBaseline)) },
});

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    const env = { ...verifyEnv(repoRoot), lang };
    // In reverse, so the report's own order (by region) is what the golden files show.
    for (const file of [...FILINGS].reverse()) outcomes[lang].push(await verify(join(repoRoot, file), env));
  }
});

describe('the summary table matches its golden files', () => {
  for (const lang of ['zh', 'en'] as const) {
    it.each(['html', 'md', 'csv', 'json'])(`%s (${lang})`, async (ext) => {
      const text = REPORT_FORMATS[ext]!(outcomes[lang], context(lang));
      await expect(text).toMatchFileSnapshot(`golden/report.${lang}.${ext}`);
      expect(text).not.toContain(repoRoot);
    });
  }
});

describe('report formats', () => {
  it('are chosen by the file extension', () => {
    expect(reportFormatFor('汇总.HTML')).toBe(REPORT_FORMATS.html);
    expect(reportFormatFor('out/summary.md')).toBe(REPORT_FORMATS.md);
    expect(reportFormatFor('summary.csv')).toBe(REPORT_FORMATS.csv);
    expect(reportFormatFor('summary.txt')).toBeUndefined();
    expect(reportFormatFor('summary')).toBeUndefined();
  });

  it('quote CSV fields as RFC 4180 says and defuse formulas', () => {
    expect(csvField('卫辉市')).toBe('卫辉市');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('两\n行')).toBe('"两\n行"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-3')).toBe("'-3");
    expect(csvField('-1+1')).toBe("'-1+1");
  });

  it('escape HTML and Markdown cells', () => {
    expect(escapeHtml(`<b>"a" & 'b'</b>`)).toBe('&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;');
    expect(mdCell('a | b\\c\n<i>')).toBe('a \\| b\\\\c<br>&lt;i&gt;');
  });

  it('start the CSV with a BOM and end every line with CRLF', () => {
    const csv = REPORT_FORMATS.csv!(outcomes.zh, context('zh'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((l) => l === '' || l.endsWith('\r')),
    ).toBe(true);
  });

  it('are deterministic whatever order the filings finished in', () => {
    for (const format of Object.values(REPORT_FORMATS)) {
      expect(format([...outcomes.zh].reverse(), context('zh'))).toBe(format(outcomes.zh, context('zh')));
    }
  });
});
