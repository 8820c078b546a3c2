/**
 * Red team round 8 (branch redteam19, attacks/FINDINGS-office.md): a declaration in a Word filing's text counts only
 * as the reader sees it. 封丘县's report declares its changed channel of 教育事业发展主要情况 in （二）; the copies
 * below keep that paragraph's words but show it otherwise — in a frame one twip tall (LibreOffice draws nothing of
 * it), as the stored result of a field Word works out again on opening (`w:dirty`, QUOTE ""), run on after a
 * paragraph whose mark is hidden (Word shows the two as one paragraph: “（草稿，不作为正式声明）（二）调整……”).
 * Each still declared the change before (exit 0). Control: the same paragraph as a tracked insertion (shown,
 * underlined) still declares.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers.js';
import { withDocumentXml } from './office-table.js';
import { builtWordFiling, verifyAlone, type VerifiedFile } from './verify-folder.js';

const dir = tempDir('docx-declaration-shown-');
let built: Uint8Array;

type Diag = VerifiedFile['diagnostics'][number];

const verify = (name: string, bytes: Uint8Array): { diagnostics: Diag[]; status: number } => verifyAlone(dir, name, 'fengqiu.filing.docx', bytes);

const errors = (d: readonly Diag[]): string[] => d.filter((x) => x.severity === 'error').map((x) => x.rule);

/** The （二） declaration paragraph of the built report, passed through `edit` (start, end of the paragraph). */
function declaration(edit: (p: string) => string): Uint8Array {
  return withDocumentXml(built, (xml) => {
    const at = xml.indexOf('（二）调整二级事项“教育事业发展主要情况”');
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
  });
}
/** The paragraph's runs (everything after its properties) wrapped by `wrap`. */
const runs = (p: string, wrap: (r: string) => string): string => {
  const at = p.indexOf('</w:pPr>') + '</w:pPr>'.length;
  return p.slice(0, at) + wrap(p.slice(at, -'</w:p>'.length)) + '</w:p>';
};
const withPPr = (p: string, pPr: string): string => p.replace('<w:pPr>', `<w:pPr>${pPr}`);

beforeAll(() => {
  built = builtWordFiling(dir, join(repoRoot, 'catalogues', 'fengqiu.yaml'));
}, 180_000);

describe('a declaration the reader does not see as one (attack o3)', () => {
  it('as built (control): the changed channel is declared, exit 0', () => {
    const { diagnostics, status } = verify('control', built);
    expect(status).toBe(0);
    expect(errors(diagnostics)).toEqual([]);
  });

  it('in a frame one twip tall: not a declaration, the removal is an error', () => {
    const bytes = declaration((p) => withPPr(p, '<w:framePr w:w="2000" w:h="20" w:hRule="exact" w:hAnchor="page" w:vAnchor="page" w:x="100" w:y="100"/>'));
    const { diagnostics, status } = verify('frame', bytes);
    expect(status).toBe(1);
    expect(errors(diagnostics)).toContain('removed-channel');
  });

  it('as the stored result of a field Word updates on opening: not a declaration', () => {
    const field = (r: string): string =>
      `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const { diagnostics, status } = verify(
      'field',
      declaration((p) => runs(p, field)),
    );
    expect(status).toBe(1);
    expect(errors(diagnostics)).toContain('removed-channel');
  });

  it('run on after a paragraph whose mark is hidden: the paragraph the reader sees does not start as a declaration', () => {
    const bytes = declaration((p) => `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>（草稿，不作为正式声明）</w:t></w:r></w:p>${p}`);
    const { diagnostics, status } = verify('joined', bytes);
    expect(status).toBe(1);
    expect(errors(diagnostics)).toContain('removed-channel');
  });

  it('as a tracked insertion (shown, underlined) it still declares (control)', () => {
    const ins = (r: string): string => `<w:ins w:id="900" w:author="a" w:date="2020-01-01T00:00:00Z">${r}</w:ins>`;
    const { diagnostics, status } = verify(
      'inserted',
      declaration((p) => runs(p, ins)),
    );
    expect(status).toBe(0);
    expect(errors(diagnostics)).toEqual([]);
  });
});
