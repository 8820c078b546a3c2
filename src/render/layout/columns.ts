/** The leaf columns of the catalogue table, their widths in mm, and the two header rows above them. */
import type { Catalogue, HeaderCell, Level, TableColumn } from '../../model/index.js';

/** Width of the landscape 版心 the table fills (297 − 37 − 35 mm). */
export const TABLE_WIDTH = 225;

const LEVEL_ORDER: readonly Level[] = ['市级', '县级', '乡级', '校级'];
/** Narrow columns that only hold a tick "√" (7 mm: one 五号 character and its padding). */
const TICK_WIDTH = 7;
const NOTE_WIDTH = 14;
/** Fixed text columns; 公开内容 and 公开依据 share whatever is left. */
const FIXED: readonly (readonly [string, number])[] = [
  ['seq', 7],
  ['category', 12],
  ['item', 18],
  ['content', 0],
  ['basis', 0],
  ['timeLimit', 22],
  ['subject', 15],
  ['channel', 22],
];

/** The 公开层级 columns a catalogue shows: the levels its items use, in 市级 县级 乡级 校级 order. */
export function levelsShown(catalogue: Catalogue): readonly Level[] {
  const used = new Set<Level>(catalogue.categories.flatMap((c) => c.items.flatMap((i) => i.level)));
  if (catalogue.kind !== 'school') {
    used.add('县级');
    used.add('乡级');
  }
  if (used.size === 0) used.add('校级');
  return LEVEL_ORDER.filter((l) => used.has(l));
}

/** Whether the table needs a 备注 column. */
export function hasNotes(catalogue: Catalogue): boolean {
  return catalogue.categories.some((c) => c.items.some((i) => (i.note ?? '').trim() !== ''));
}

/** Leaf columns whose widths add up to exactly TABLE_WIDTH. */
export function tableColumns(levels: readonly Level[], withNote: boolean): TableColumn[] {
  const ticks = ['audience:全社会', 'audience:特定群体', 'method:主动', 'method:依申请', ...levels.map((l) => `level:${l}`)];
  const fixed = FIXED.reduce((sum, [, w]) => sum + w, 0) + ticks.length * TICK_WIDTH + (withNote ? NOTE_WIDTH : 0);
  const rest = TABLE_WIDTH - fixed;
  const content = Math.ceil(rest / 2);
  const widths: Record<string, number> = { content, basis: rest - content };
  return [
    ...FIXED.map(([key, w]) => ({ key, width: widths[key] ?? w })),
    ...ticks.map((key) => ({ key, width: TICK_WIDTH })),
    ...(withNote ? [{ key: 'note', width: NOTE_WIDTH }] : []),
  ];
}

/** The two header rows, spanning as published (公开事项 over 一级事项 · 二级事项, …). */
export function tableHeader(levels: readonly Level[], withNote: boolean): readonly [HeaderCell[], HeaderCell[]] {
  const cell = (text: string, colSpan = 1, rowSpan = 1): HeaderCell => ({ text, colSpan, rowSpan });
  const top = [
    cell('序号', 1, 2),
    cell('公开事项', 2),
    cell('公开内容（要素）', 1, 2),
    cell('公开依据', 1, 2),
    cell('公开时限', 1, 2),
    cell('公开主体', 1, 2),
    cell('公开渠道和载体', 1, 2),
    cell('公开对象', 2),
    cell('公开方式', 2),
    cell('公开层级', levels.length),
    ...(withNote ? [cell('备注', 1, 2)] : []),
  ];
  const bottom = ['一级事项', '二级事项', '全社会', '特定群体', '主动', '依申请', ...levels].map((t) => cell(t));
  return [top, bottom];
}
