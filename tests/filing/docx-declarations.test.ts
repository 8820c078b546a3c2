/**
 * A county with declared deviations (fengqiu: an item not listed, a channel changed, each with a reason) files the
 * 备案报告 DOCX that `build` wrote. verify read it as a hand-made table with no declarations: the two deviations were
 * undeclared removals (removed-item, removed-channel), and the reason sentences in 三、调整事项 (暂无 / 不再) were read
 * as prose withdrawing disclosure — 4 errors, while the same filing as PDF passed with two warnings. The report states
 * its deviations in visible text (（一）未列入二级事项“…”。理由：…。依据：…。): verify now reads those paragraphs as
 * the `deviations:` entries they print, and the same rules judge them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as docx from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';
import { TEXT_HEAD, TEXT_ROWS, withDocumentXml } from './office-table.js';

const dir = tempDir('docx-declarations-');
let built: Uint8Array;
let pdfDeviations: string[] = [];

interface Diag {
  rule: string;
  severity: string;
  line: number;
  message: string;
}
interface Filing {
  file: string;
  status?: string;
  diagnostics: Diag[];
}

function verify(name: string, bytes: Uint8Array, file = 'fengqiu.filing.docx', lang = 'zh'): { filing: Filing; status: number } {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, file), bytes);
  const r = runCli(['verify', name, '--format', 'json', '--lang', lang], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { filing: (JSON.parse(r.stdout) as { files: Filing[] }).files[0] as Filing, status: r.status };
}

/** The built report with its document.xml passed through `edit` (the edit must change it). */
const edited = (edit: (xml: string) => string): Uint8Array => withDocumentXml(built, edit);

/** The whole paragraph (<w:p>…</w:p>) holding `text`. */
function paragraph(xml: string, text: string): string {
  const at = xml.indexOf(text);
  expect(at).toBeGreaterThan(0);
  const start = xml.lastIndexOf('<w:p>', at);
  return xml.slice(start, xml.indexOf('</w:p>', at) + '</w:p>'.length);
}

/** A paragraph of body text after 特此报告。 */
function withParagraph(xml: string, text: string): string {
  const p = paragraph(xml, '特此报告。');
  return xml.replace(p, `${p}<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
}

const rules = (f: Filing, severity: string): string[] => f.diagnostics.filter((d) => d.severity === severity).map((d) => d.rule);
/** A deviation warning as the PDF words it: the table's row prefix (第5行（…）：) dropped. */
const unprefixed = (m: string): string => m.replace(/^第\d+行（[^）]*）：/u, '');

beforeAll(() => {
  const r = runCli(['build', join(repoRoot, 'catalogues', 'fengqiu.yaml'), '--only', 'filing,docx,pdf', '--out', 'built'], dir, {
    SOURCE_DATE_EPOCH: '1764000000',
  });
  expect(r.status).toBe(0);
  built = readFileSync(join(dir, 'built', 'fengqiu.filing.docx'));
  mkdirSync(join(dir, 'pdf'));
  writeFileSync(join(dir, 'pdf', 'fengqiu.filing.pdf'), readFileSync(join(dir, 'built', 'fengqiu.filing.pdf')));
  const pdf = runCli(['verify', 'pdf', '--format', 'json'], dir);
  expect(pdf.status).toBe(0);
  const filing = (JSON.parse(pdf.stdout) as { files: Filing[] }).files[0] as Filing;
  pdfDeviations = filing.diagnostics.filter((d) => d.rule === 'deviation').map((d) => d.message);
  expect(pdfDeviations).toHaveLength(2);
}, 180_000);

describe('the generated 备案报告 DOCX of a county with declared deviations', () => {
  it('verifies like its PDF: exit 0, the two declared deviations as warnings with their reasons', () => {
    const { filing, status } = verify('as-built', built);
    expect(status).toBe(0);
    expect(filing.status).toBe('warning');
    expect(rules(filing, 'error')).toEqual([]);
    expect(rules(filing, 'warning')).toEqual(['deviation', 'deviation']);
    const messages = filing.diagnostics.map((d) => unprefixed(d.message));
    expect(messages.sort()).toEqual([...pdfDeviations].sort());
    // The changed channel is named by its row, as every finding about a row of the table.
    expect(filing.diagnostics.find((d) => d.message.includes('overview.development#channel'))?.message).toMatch(/^第5行（教育事业发展主要情况）：已声明的偏离/);
  });

  it('written as a heading line and a 理由 paragraph (as a clerk may retype it), each declaration reads the same', () => {
    const { filing, status } = verify(
      'split',
      edited((xml) => xml.replaceAll(/(（[一二]）[^<]*。)<\/w:t><\/w:r><w:r>/gu, '$1</w:t></w:r></w:p><w:p><w:r>')),
    );
    expect(status).toBe(0);
    expect(rules(filing, 'error')).toEqual([]);
    expect(filing.diagnostics.map((d) => unprefixed(d.message)).sort()).toEqual([...pdfDeviations].sort());
  });

  it('--lang en words the deviations as the YAML rule does', () => {
    const { filing } = verify('built-en', built, 'fengqiu.filing.docx', 'en');
    expect(filing.diagnostics.map((d) => d.message)).toContain(
      'Declared deviation: private.supervision (removed-item); reason: 本县无民办义务教育学校，民办学校年检和行政处罚暂无信息可公开；今后审批设立民办义务教育学校时恢复本事项; reference: 新教办〔2020〕215号',
    );
  });

  it('a copy whose 未列入 declaration is removed: the removal is an undeclared removed-item again', () => {
    const { filing, status } = verify(
      'undeclared',
      edited((xml) => xml.replace(paragraph(xml, '（一）未列入二级事项'), '')),
    );
    expect(status).toBe(1);
    expect(rules(filing, 'error')).toEqual(['removed-item']);
    expect(rules(filing, 'warning')).toEqual(['deviation']);
  });

  it('a declaration the reader does not see (hidden, white) declares nothing', () => {
    for (const [name, mark] of [
      ['hidden-declaration', '<w:vanish/>'],
      ['white-declaration', '<w:color w:val="FFFFFF"/>'],
    ] as const) {
      const { filing } = verify(
        name,
        edited((xml) => {
          const p = paragraph(xml, '（一）未列入二级事项');
          return xml.replace(p, p.replaceAll('<w:rPr>', `<w:rPr>${mark}`));
        }),
      );
      expect(rules(filing, 'error')).toContain('removed-item');
      expect(filing.diagnostics.filter((d) => d.rule === 'deviation')).toHaveLength(1);
    }
  });

  it('a blank 理由 gives the finding a blank YAML reason gives', () => {
    const yaml = readFileSync(join(repoRoot, 'catalogues', 'fengqiu.yaml'), 'utf8').replace(/^ {4}reason: 本县无民办.*$/m, '    reason: ""');
    writeFileSync(join(dir, 'blank.yaml'), yaml);
    const check = runCli(['check', 'blank.yaml', '--format', 'json'], dir);
    expect(check.status).toBe(1);
    const fromYaml = (JSON.parse(check.stdout) as { files: Filing[] }).files[0]?.diagnostics ?? [];
    expect(fromYaml.map((d) => [d.rule, d.severity])).toEqual([['schema', 'error']]);

    const { filing, status } = verify(
      'blank-reason',
      edited((xml) => xml.replace(/理由：本县无民办义务教育学校[^<]*?。依据：/u, '理由：。依据：')),
    );
    expect(status).toBe(1);
    expect(filing.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.message])).toEqual(fromYaml.map((d) => [d.rule, d.message]));
  });

  it('withdrawal words outside the declarations are still caught', () => {
    // A paragraph of its own: an error, while both declarations still stand.
    const apart = verify(
      'withdrawn-apart',
      edited((xml) => withParagraph(xml, '说明：招生计划本年度暂不公开。')),
    ).filing;
    expect(rules(apart, 'error')).toEqual(['withdrawn-disclosure']);
    expect(apart.diagnostics.find((d) => d.rule === 'withdrawn-disclosure')?.message).toContain('暂不公开');
    expect(rules(apart, 'warning')).toEqual(['deviation', 'deviation']);
    // Added to a declaration's paragraph: the paragraph is no longer a declaration in the printed form, so it neither
    // declares nor escapes the withdrawal check.
    const tacked = verify(
      'withdrawn-tacked',
      edited((xml) => xml.replace('依据：新教办〔2020〕215号。', '依据：新教办〔2020〕215号。另，招生计划本年度暂不公开。')),
    ).filing;
    expect(rules(tacked, 'error').sort()).toEqual(['removed-item', 'withdrawn-disclosure']);
  });

  it('a declaration naming an item the baseline does not have, or an element it does not change, is judged as in YAML', () => {
    const unknown = verify(
      'unknown-item',
      edited((xml) => xml.replace('未列入二级事项“民办学校日常监督信息”', '未列入二级事项“民办学校监督信息”')),
    ).filing;
    // It declares nothing, so its 暂无 is no declared reason: read as any text outside the table.
    expect(rules(unknown, 'error').sort()).toEqual(['removed-item', 'withdrawn-disclosure']);
    expect(rules(unknown, 'warning').sort()).toEqual(['deviation', 'unused-deviation']);
    expect(unknown.diagnostics.find((d) => d.rule === 'unused-deviation')?.message).toContain('民办学校监督信息');

    const unchanged = verify(
      'unchanged-element',
      edited((xml) => xml.replace('“教育事业发展主要情况”的公开渠道和载体', '“教育事业发展主要情况”的公开依据')),
    ).filing;
    // Covering nothing, it is the reason for nothing: its 不再 is read as any text outside the table.
    expect(rules(unchanged, 'error').sort()).toEqual(['removed-channel', 'withdrawn-disclosure']);
    const unused = unchanged.diagnostics.find((d) => d.rule === 'unused-deviation');
    expect(unused?.message).toBe(
      '第5行（教育事业发展主要情况）：声明的偏离“overview.development#basis”没有对应任何删减或放宽，请删去这条声明或检查编号是否写错',
    );
  });
});

describe('a hand-made report writing its declarations in the same form', () => {
  async function report(declaration: string): Promise<Uint8Array> {
    const rows = [TEXT_HEAD, ...TEXT_ROWS.filter((r) => r[1] !== '民办学校日常监督信息')];
    const table = new docx.Table({
      rows: rows.map(
        (cells) => new docx.TableRow({ children: cells.map((t) => new docx.TableCell({ children: t.split('\n').map((l) => new docx.Paragraph(l)) })) }),
      ),
    });
    const doc = new docx.Document({
      sections: [
        {
          children: [
            new docx.Paragraph('延津县教育局关于报送《延津县义务教育领域基层政务公开标准目录》备案的报告'),
            new docx.Paragraph('三、调整事项。'),
            new docx.Paragraph(declaration),
            new docx.Paragraph('延津县义务教育领域基层政务公开标准目录'),
            table,
          ],
        },
      ],
    });
    return new Uint8Array(await docx.Packer.toBuffer(doc));
  }

  it('is read as the same declaration: a warning naming it and its reason', async () => {
    const { filing, status } = verify(
      'handmade',
      await report('1. 未列入二级事项“民办学校日常监督信息”。理由：本县没有民办学校，暂无信息可公开。'),
      'yanjin.docx',
    );
    expect(status).toBe(0);
    expect(rules(filing, 'error')).toEqual([]);
    // (No 文号 or 成文日期 in this one: incomplete-document warnings besides.)
    const declared = filing.diagnostics.filter((d) => d.rule === 'deviation' || d.rule === 'unused-deviation');
    expect(declared.map((d) => d.message)).toEqual(['已声明的偏离：private.supervision（removed-item），理由：本县没有民办学校，暂无信息可公开']);
  });

  it('without the declaration the same table has the removal as an error (control)', async () => {
    const { filing } = verify('handmade-none', await report('三处均按市级目录公开。'), 'yanjin.docx');
    expect(rules(filing, 'error')).toEqual(['removed-item']);
  });
});

describe('catalog import of the report', () => {
  it('writes the declarations into deviations:, so the imported YAML checks as the report verifies', () => {
    mkdirSync(join(dir, 'import'));
    writeFileSync(join(dir, 'import', 'fengqiu.filing.docx'), built);
    const r = runCli(['import', join('import', 'fengqiu.filing.docx'), '-o', join('import', 'fengqiu.yaml')], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const yaml = readFileSync(join(dir, 'import', 'fengqiu.yaml'), 'utf8');
    expect(yaml).toMatch(/deviations:\n(?:\s*#.*\n)*\s*- target: private\.supervision\n/);
    const check = runCli(['check', join('import', 'fengqiu.yaml'), '--format', 'json'], dir);
    const found = (JSON.parse(check.stdout) as { files: Filing[] }).files[0]?.diagnostics ?? [];
    expect(found.map((d) => d.message).sort()).toEqual([...pdfDeviations].sort());
  });

  it('a declaration naming no item is not written, and says so', () => {
    writeFileSync(
      join(dir, 'import', 'unknown.docx'),
      withDocumentXml(built, (xml) => xml.replace('未列入二级事项“民办学校日常监督信息”', '未列入二级事项“民办学校监督信息”')),
    );
    const r = runCli(['import', join('import', 'unknown.docx'), '-o', join('import', 'unknown.yaml')], dir);
    expect(r.stdout).toContain('警告：正文中的偏离声明“（一）未列入二级事项“民办学校监督信息”。');
    const yaml = readFileSync(join(dir, 'import', 'unknown.yaml'), 'utf8');
    expect(yaml).not.toContain('- target: private.supervision');
    expect(yaml).toContain('- target: overview.development#channel');
  });
});
