/**
 * Red team round 7 (attacks/FINDINGS-check.md, rows 80–): a declaration in a Word filing's text covers what it names
 * and no more. 封丘县's report declares a changed channel of 教育事业发展主要情况; the copies below word that change
 * as something else a reader takes in another sense.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers.js';
import { withDocumentXml } from './office-table.js';
import { builtWordFiling, verifyAlone, type VerifiedFile } from './verify-folder.js';

const dir = tempDir('docx-declaration-scope-');
let built: Uint8Array;

type Diag = VerifiedFile['diagnostics'][number];

const verify = (name: string, bytes: Uint8Array, lang = 'zh'): { diagnostics: Diag[]; status: number } =>
  verifyAlone(dir, name, 'fengqiu.filing.docx', bytes, ['--lang', lang]);

/** The built report with its document.xml passed through `edit` (the edit must change it). */
const edited = (edit: (xml: string) => string): Uint8Array => withDocumentXml(built, edit);

const CHANNEL = '（二）调整二级事项“教育事业发展主要情况”的公开渠道和载体。';
const rules = (d: readonly Diag[], severity: string): string[] => d.filter((x) => x.severity === severity).map((x) => x.rule);

beforeAll(() => {
  built = builtWordFiling(dir, join(repoRoot, 'catalogues', 'fengqiu.yaml'));
}, 180_000);

describe('a 未列入 declaration of an item or category the table still lists (attack 80)', () => {
  it('as built (control): the changed channel is a declared deviation, exit 0', () => {
    const { diagnostics, status } = verify('control', built);
    expect(status).toBe(0);
    expect(rules(diagnostics, 'error')).toEqual([]);
  });

  it('未列入二级事项 for the item whose row is in the table with a channel dropped: the removal is undeclared', () => {
    const { diagnostics, status } = verify(
      'item-listed',
      edited((xml) => xml.replace(CHANNEL, '（二）未列入二级事项“教育事业发展主要情况”。')),
    );
    expect(status).toBe(1);
    // The reason's 不再另设公开查阅点 is read as any other sentence now that the paragraph declares nothing.
    expect(rules(diagnostics, 'error').sort()).toEqual(['removed-channel', 'withdrawn-disclosure']);
    expect(diagnostics.find((d) => d.rule === 'unused-deviation')?.message).toMatch(/仍列在表中/);
  });

  it('未列入一级事项 for the category whose items the table lists: the removal is undeclared', () => {
    const { diagnostics, status } = verify(
      'category-listed',
      edited((xml) => xml.replace(CHANNEL, '（二）未列入一级事项“教育概况”。')),
    );
    expect(status).toBe(1);
    expect(rules(diagnostics, 'error').sort()).toEqual(['removed-channel', 'withdrawn-disclosure']);
  });

  it('--lang en says the declared item is listed', () => {
    const { diagnostics } = verify(
      'item-listed-en',
      edited((xml) => xml.replace(CHANNEL, '（二）未列入二级事项“教育事业发展主要情况”。')),
      'en',
    );
    expect(diagnostics.find((d) => d.rule === 'unused-deviation')?.message).toMatch(/still lists/);
  });
});

describe('a declaration whose 理由 goes on to withdraw another item or the catalogue (attack 81)', () => {
  const REASON_END = '不再另设公开查阅点。';
  const cases: [string, string][] = [
    ['another item, a sentence of its own', `${REASON_END}招生计划暂不公开。`],
    ['another item, on a line of its own (a line break in the paragraph)', `${REASON_END}</w:t><w:br/><w:t xml:space="preserve">招生计划暂不公开`],
    ['another item, run on without a stop', '不再另设公开查阅点，招生计划暂不公开。'],
    ['the rest of the catalogue', `${REASON_END}本目录其余事项暂缓公开。`],
  ];
  it.each(cases)('%s: the withdrawal is read, exit 1', (_label, text) => {
    const { diagnostics, status } = verify(
      `stray-${cases.findIndex(([l]) => l === _label)}`,
      edited((xml) => xml.replace(REASON_END, text)),
    );
    expect(status).toBe(1);
    expect(rules(diagnostics, 'error')).toEqual(['withdrawn-disclosure']);
    // The change it declares is still declared.
    expect(rules(diagnostics, 'warning')).toEqual(['deviation', 'deviation']);
  });

  it('a 理由 naming only its own item, its category and places (as built) is not read for withdrawals (control)', () => {
    const { diagnostics } = verify('own-words', built);
    expect(diagnostics.filter((d) => d.rule === 'withdrawn-disclosure')).toEqual([]);
  });
});

describe('a declaration naming an item or category by its id (attack 82)', () => {
  // The report prints 调整“id” only for an id that names nothing; a known id there is no name a reader reads.
  it.each([
    ['the category id', '（二）调整“overview”。'],
    ['the item id without an element', '（二）调整“overview.development”。'],
  ])('%s: declares nothing, the removal is an error', (_label, heading) => {
    const { diagnostics, status } = verify(
      `by-id-${heading.length}`,
      edited((xml) => xml.replace(CHANNEL, heading)),
    );
    expect(status).toBe(1);
    expect(rules(diagnostics, 'error')).toContain('removed-channel');
    expect(diagnostics.find((d) => d.rule === 'unused-deviation')?.message).toMatch(/编号/);
  });
});
