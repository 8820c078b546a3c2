/** Find the header of a catalogue table by meaning (one or two rows, any column order) and name each column. */
import type { Audience, Level, Method } from '../model/index.js';
import type { GridRow } from './grid.js';

/** What a column holds; tick columns carry the value a tick stands for (公开对象 · 全社会). */
export type Column =
  | { readonly key: 'seq' | 'category' | 'item' | 'content' | 'basis' | 'timeLimit' | 'subject' | 'channel' | 'note' | 'ignore' }
  | { readonly key: 'audience' | 'method' | 'level'; readonly value?: Audience | Method | Level };

export interface Header {
  /** Index of the first header row in the grid, and how many rows it takes. */
  readonly at: number;
  readonly depth: number;
  readonly columns: readonly Column[];
}

/** Header text compared without spaces, line breaks, brackets' content style and punctuation. */
const headerText = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000:：*＊]/gu, '');

const TICK_VALUES: readonly (readonly [RegExp, 'audience' | 'method' | 'level', Audience | Method | Level])[] = [
  [/^全社会$/, 'audience', '全社会'],
  [/^特定(群体|对象|人群)$/, 'audience', '特定群体'],
  [/^主动(公开)?$/, 'method', '主动'],
  [/^依申请(公开)?$/, 'method', '依申请'],
  [/^市级?$/, 'level', '市级'],
  [/^县(\(市、?区\)|市区|区)?级?$/, 'level', '县级'],
  [/^乡(\(镇\)|镇)?级?$/, 'level', '乡级'],
  [/^(校级|学校)$/, 'level', '校级'],
];

/** Header words in the order they are tried: 公开方式 before 公开渠道, 一级事项 before 事项. */
const WORDS: readonly (readonly [RegExp, Column['key']])[] = [
  [/^(序号|编号|序)$/, 'seq'],
  [/一级事项|事项类别|^类别$|公开类别|^一级$|^大类$/, 'category'],
  [/二级事项|事项名称|具体事项|公开事项|^事项$|^二级$/, 'item'],
  [/公开内容|^内容|要素/, 'content'],
  [/依据/, 'basis'],
  [/时限|^公开时间$/, 'timeLimit'],
  [/主体|责任单位|责任部门|公开部门|责任科室/, 'subject'],
  [/公开方式$|^方式$/, 'method'],
  [/渠道|载体/, 'channel'],
  [/公开对象|^对象$/, 'audience'],
  [/层级|^级别$/, 'level'],
  [/备注|说明/, 'note'],
];

function tickOf(label: string): Column | undefined {
  const hit = TICK_VALUES.find(([re]) => re.test(label));
  return hit ? ({ key: hit[1], value: hit[2] } as Column) : undefined;
}

function wordOf(label: string): Column['key'] | undefined {
  return WORDS.find(([re]) => re.test(label))?.[1];
}

/** Name one column from its top and lower header texts. */
function classify(top: string, sub: string): Column | undefined {
  if (sub && sub !== top) {
    const tick = tickOf(sub);
    if (tick) return tick;
    const key = wordOf(sub);
    if (key) return { key } as Column;
  }
  const tick = tickOf(top);
  if (tick) return tick;
  const key = wordOf(top);
  return key ? ({ key } as Column) : undefined;
}

const ELEMENTS = new Set(['content', 'basis', 'timeLimit', 'subject', 'channel', 'audience', 'method', 'level']);

/** The columns if `at` (and the row below) reads as a catalogue header, else undefined. */
function headerAt(rows: readonly GridRow[], at: number): Header | undefined {
  const top = rows[at]?.cells.map((c) => headerText(c.text)) ?? [];
  // A title row merged across the table is not a header, however header-like the row below it is.
  if (new Set(top.filter((t) => wordOf(t) || tickOf(t))).size < 2) return undefined;
  const below = rows[at + 1]?.cells ?? [];
  const subs = below.map((c) => (c.fromAbove ? '' : headerText(c.text)));
  // The row below is a second header row when every cell it writes is a header word (全社会, 主动, 一级事项 …), not data.
  const written = subs.filter((s) => s !== '');
  const depth = written.length >= 2 && written.every((s) => tickOf(s) || wordOf(s)) ? 2 : 1;
  const columns = top.map((t, i) => classify(t, depth === 2 ? (subs[i] ?? '') : '') ?? { key: 'ignore' as const });
  // Two columns named as items ("公开事项" above "事项名称" without 一级/二级): the first holds the 一级事项.
  const items = columns.flatMap((c, i) => (c.key === 'item' ? [i] : []));
  if (items.length > 1 && !columns.some((c) => c.key === 'category')) columns[items[0] as number] = { key: 'category' };
  const named = new Set(columns.map((c) => c.key).filter((k) => ELEMENTS.has(k)));
  if (!columns.some((c) => c.key === 'item') || named.size < 2) return undefined;
  return { at, depth, columns };
}

/** The header among the first rows of a grid, or undefined. */
export function findHeader(rows: readonly GridRow[]): Header | undefined {
  for (let at = 0; at < Math.min(rows.length, 12); at++) {
    const h = headerAt(rows, at);
    if (h) return h;
  }
  return undefined;
}

/** Whether a row repeats the header (a table continued on a new page or sheet repeats it). */
export function isHeaderRow(row: GridRow, header: Header): boolean {
  const itemCol = header.columns.findIndex((c) => c.key === 'item');
  const text = headerText(row.cells[itemCol]?.text ?? '');
  return (
    text !== '' &&
    (wordOf(text) === 'item' || wordOf(text) === 'category' || tickOf(text) !== undefined) &&
    row.cells.filter((c) => wordOf(headerText(c.text)) !== undefined || tickOf(headerText(c.text)) !== undefined).length >= 3
  );
}

/** The first non-empty row's texts: what the user is told when no column can be named. */
export function seenHeader(rows: readonly GridRow[]): string[] {
  const row = rows.find((r) => r.cells.filter((c) => c.text.trim() !== '').length >= 2) ?? rows.find((r) => r.cells.some((c) => c.text.trim() !== ''));
  return (row?.cells ?? []).filter((c) => !c.fromLeft && c.text.trim() !== '').map((c) => c.text.replace(/\n/g, ''));
}
