/** The baseline as the rows of a hand-made table, in the two shapes county tables take: one shared fixture. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';
import { baseline } from '../import/helpers.js';

/** Elements as text, the three closed vocabularies each in one column (全社会、特定群体). */
export const TEXT_HEAD = ['一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道', '公开对象', '公开方式', '公开层级'];
/** Tick columns, one per value, as many county tables draw them. */
export const TICK_HEAD = [
  '一级事项',
  '二级事项',
  '公开内容',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道',
  '全社会',
  '特定群体',
  '主动',
  '依申请',
  '县级',
  '乡级',
];

const tick = (on: boolean): string => (on ? '√' : '');
const items = baseline.categories.flatMap((c) => c.items.map((i) => ({ c, i })));
const common = ({ c, i }: (typeof items)[number]): string[] => [
  c.name,
  i.name,
  i.content.join('\n'),
  i.basis.join('\n'),
  i.timeLimit,
  i.subject,
  i.channel.join('、'),
];

/** The whole baseline under TEXT_HEAD: an untouched table verifies clean. */
export const TEXT_ROWS: string[][] = items.map((e) => [...common(e), e.i.audience.join('、'), e.i.method.join('、'), e.i.level.join('、')]);
/** The whole baseline under TICK_HEAD. */
export const TICK_ROWS: string[][] = items.map((e) => [
  ...common(e),
  ...(['全社会', '特定群体'] as const).map((v) => tick((e.i.audience as readonly string[]).includes(v))),
  ...(['主动', '依申请'] as const).map((v) => tick((e.i.method as readonly string[]).includes(v))),
  ...(['县级', '乡级'] as const).map((v) => tick((e.i.level as readonly string[]).includes(v))),
]);

/** A Word file with its word/document.xml passed through `edit`; the edit must change it (else the test proves nothing). */
export function withDocumentXml(docx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(docx);
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  const out = edit(xml);
  expect(out).not.toBe(xml);
  parts['word/document.xml'] = strToU8(out);
  return zipSync(parts);
}
