/** Grids → the catalogue's rows: header found by meaning, tables continued across sections/sheets joined, quirks undone. */
import { ELEMENT_KEYS, type Audience, type ElementKey, type Level, type Method } from '../model/index.js';
import { categoryName, isDitto, listOf, plainValues, singleText, tickMark, valuesIn } from './cells.js';
import type { Grid, GridRow, HiddenHow } from './grid.js';
import { findHeader, isHeaderRow, seenHeader, type Column, type Header } from './header.js';
import { ImportError } from './texts.js';

type TickKey = 'audience' | 'method' | 'level';
type TickValue = Audience | Method | Level;

/** One item row of the table as the office wrote it. */
export interface TableRow {
  /** The row number the clerk sees, and in which table/sheet when the file has several. */
  readonly number: number;
  readonly where: { readonly zh: string; readonly en: string };
  /** A unique label for --map: the row number, prefixed by the table when the file has several. */
  readonly label: string;
  readonly category: string;
  readonly categoryId?: string;
  readonly itemId?: string;
  readonly name: string;
  readonly content?: readonly string[];
  readonly basis?: readonly string[];
  readonly timeLimit?: string;
  readonly subject?: string;
  readonly channel?: readonly string[];
  /** Per tick group: the values the table has columns (or a text column) for, and those marked. */
  readonly ticks: Partial<Record<TickKey, { readonly shown: readonly TickValue[] | 'all'; readonly on: readonly TickValue[] }>>;
  readonly note?: string;
  /**
   * Cells that do not say what the row is read as: a blank element cell (or a tick group with nothing marked) and a
   * mark that is neither a tick nor a no. Verify refuses them (unreadable-cell): a blank is not "as the baseline".
   */
  readonly unreadable?: readonly UnreadableCell[];
}

/** One cell of a row that cannot be read as the filing's value. */
interface UnreadableCell {
  readonly how: 'blank' | 'mark' | 'split';
  /** The element (content … level) and, for a tick column, the value it stands for. */
  readonly key: 'content' | 'basis' | 'timeLimit' | 'subject' | 'channel' | TickKey;
  readonly value?: TickValue;
  readonly text: string;
}

/** Content of a table row the reader does not see (hidden, white, tiny, a hidden row, an unaccepted revision, a note). */
export interface HiddenCell {
  readonly number: number;
  readonly where: { readonly zh: string; readonly en: string };
  /** The item the row is read as, or the row's hidden text when nothing of it shows. */
  readonly name: string;
  readonly how: HiddenHow;
  readonly text: string;
  /** The text was read all the same (import writes it; verify refuses the row). */
  readonly kept?: boolean;
}

export interface ImportedTable {
  readonly rows: readonly TableRow[];
  /** Hidden content, by row: refused (verify: hidden-content; import: a warning per row). */
  readonly hidden: readonly HiddenCell[];
  /** Texts above the first table or header: where the title is. */
  readonly titles: readonly string[];
  /**
   * Every text of the file that is not an item row: paragraphs before, between and after the tables, title rows,
   * one-cell heading and note rows ("说明：……暂不公开"). A filing says these too; verify reads them for withdrawals.
   */
  readonly prose: readonly string[];
  /** Texts of `prose` shown otherwise than as plain paragraphs (Grid.undeclarable): never read as declarations. */
  readonly undeclarable: readonly string[];
  readonly columns: readonly Column[];
  /**
   * Header columns whose content is not read: a column with data under a header no element is recognised in
   * (公开形式), and a second column for an element that takes one value (two 公开方式 columns).
   */
  readonly unreadColumns: readonly UnreadColumn[];
  /**
   * Elements of the nine that a table's header has no column for (for 公开对象/方式/层级: neither a text column nor a
   * tick column): its rows do not show them, so import fills them from the baseline and verify refuses the filing.
   */
  readonly missingColumns: readonly MissingColumn[];
}

interface MissingColumn {
  readonly where: { readonly zh: string; readonly en: string };
  /** The header row the clerk sees. */
  readonly number: number;
  readonly key: ElementKey;
}

/** The elements a grid's header has no column for. */
function missingColumns(grid: Grid, header: Header): MissingColumn[] {
  const present = new Set<string>(header.columns.map((c) => (c.key === 'item' ? 'name' : c.key)));
  const number = grid.rows[header.at]?.number ?? header.at + 1;
  return ELEMENT_KEYS.filter((key) => !present.has(key)).map((key) => ({ where: grid.where, number, key }));
}

interface UnreadColumn {
  readonly where: { readonly zh: string; readonly en: string };
  /** The header row the clerk sees, and the column counted from 1. */
  readonly number: number;
  readonly column: number;
  readonly label: string;
  readonly how: 'unknown' | 'twice';
}

/** Elements a table states once: a second column for them contradicts the first or adds to it unseen. */
const SINGLE = new Set(['item', 'timeLimit', 'subject', 'note']);

/** The columns of a grid's header that are not read, given the rows under the header. */
function unreadColumns(grid: Grid, header: Header): UnreadColumn[] {
  const out: UnreadColumn[] = [];
  const seen = new Set<string>();
  const headerRow = grid.rows[header.at];
  const label = (i: number): string =>
    [header.at, header.at + header.depth - 1]
      .map((r) => grid.rows[r]?.cells[i])
      .filter((c) => c && !c.fromLeft && !c.fromAbove)
      .map((c) => c?.text.replace(/\n/g, '') ?? '')
      .filter((t, k, all) => t !== '' && all.indexOf(t) === k)
      .join('·');
  header.columns.forEach((col, i) => {
    const at = { where: grid.where, number: headerRow?.number ?? header.at + 1, column: i + 1, label: label(i) };
    if (col.key === 'ignore' || col.key === 'category' || col.key === 'seq') {
      if (col.key !== 'ignore') return;
      const data = grid.rows.slice(header.at + header.depth).some((r) => !r.cells[i]?.fromLeft && (r.cells[i]?.text.trim() ?? '') !== '');
      if (data && !grid.rows[header.at]?.cells[i]?.fromLeft) out.push({ ...at, how: 'unknown' });
      return;
    }
    const key =
      'value' in col && col.value !== undefined
        ? `${col.key}=${col.value}`
        : col.key === 'audience' || col.key === 'method' || col.key === 'level'
          ? `${col.key}=*`
          : col.key;
    if ((SINGLE.has(col.key) || key.includes('=')) && seen.has(key)) out.push({ ...at, how: 'twice' });
    seen.add(key);
  });
  return out;
}

interface Cursor {
  category: string;
  categoryId?: string;
  previous?: Record<number, string>;
  prose: string[];
}

/** Cell texts of a row with 同上/〃 replaced by the cell above (in the previous item row). */
function resolveDittos(row: GridRow, cursor: Cursor): string[] {
  return row.cells.map((c, i) => (isDitto(c.text) ? (cursor.previous?.[i] ?? '') : c.text));
}

function rowFields(texts: readonly string[], columns: readonly Column[]): Omit<TableRow, 'number' | 'where' | 'label' | 'category' | 'name'> {
  const out: Record<string, unknown> = {};
  const ticks: Partial<Record<TickKey, { shown: TickValue[] | 'all'; on: TickValue[] }>> = {};
  const unreadable: UnreadableCell[] = [];
  const blanks = new Set<UnreadableCell['key']>();
  const filled = new Set<UnreadableCell['key']>();
  columns.forEach((col, i) => {
    const text = texts[i] ?? '';
    const blank = text.trim() === '';
    if (col.key === 'content' || col.key === 'basis' || col.key === 'channel' || col.key === 'timeLimit' || col.key === 'subject')
      (blank ? blanks : filled).add(col.key);
    switch (col.key) {
      case 'content':
      case 'basis':
      case 'channel':
        out[col.key] = [...((out[col.key] as string[]) ?? []), ...listOf(text, col.key)];
        break;
      case 'timeLimit':
      case 'subject':
      case 'note':
        out[col.key] = singleText(text);
        break;
      case 'audience':
      case 'method':
      case 'level': {
        const group = ticks[col.key] ?? { shown: [], on: [] };
        if (col.value === undefined) {
          group.shown = 'all';
          if (plainValues(text, col.key)) group.on.push(...valuesIn(text.normalize('NFKC'), col.key));
          else if (!blank) unreadable.push({ how: 'mark', key: col.key, text: singleText(text) });
        } else {
          if (group.shown !== 'all') group.shown.push(col.value);
          const mark = tickMark(text);
          if (mark === 'on') group.on.push(col.value);
          if (mark === 'unclear') unreadable.push({ how: 'mark', key: col.key, value: col.value, text: singleText(text) });
        }
        ticks[col.key] = group;
        break;
      }
      default:
        break;
    }
  });
  for (const key of blanks) if (!filled.has(key)) unreadable.push({ how: 'blank', key, text: '' });
  for (const [key, group] of Object.entries(ticks) as [TickKey, { on: TickValue[] }][]) {
    if (group.on.length === 0 && !unreadable.some((u) => u.key === key)) unreadable.push({ how: 'blank', key, text: '' });
  }
  return { ...out, ticks, ...(unreadable.length > 0 ? { unreadable } : {}) };
}

/** A row that only names a 一级事项 across the table ("一、招生入学" merged over every column). */
function headingOf(texts: readonly string[], columns: readonly Column[]): string | undefined {
  const filled = texts.map((t, i) => ({ t: t.trim(), key: columns[i]?.key })).filter((c) => c.t !== '' && c.key !== 'seq');
  const distinct = new Set(filled.map((c) => c.t));
  const itemCol = columns.findIndex((c) => c.key === 'item');
  const hasElements = filled.some((c) => c.key === 'content' || c.key === 'basis' || c.key === 'timeLimit');
  if (distinct.size === 1 && (filled.length >= 3 || (texts[itemCol] ?? '').trim() === '' || !hasElements)) return [...distinct][0];
  return undefined;
}

function gridRows(grid: Grid, header: Header, start: number, cursor: Cursor, index: number, out: TableRow[]): void {
  const cols = header.columns;
  const itemCol = cols.findIndex((c) => c.key === 'item');
  const catCol = cols.findIndex((c) => c.key === 'category');
  for (const row of grid.rows.slice(start)) {
    if (row.cells.every((c) => c.text.trim() === '') || isHeaderRow(row, header)) continue;
    const texts = resolveDittos(row, cursor);
    const heading = headingOf(texts, cols);
    if (heading !== undefined) {
      cursor.prose.push(heading);
      cursor.category = categoryName(heading);
      delete cursor.categoryId;
      continue;
    }
    const name = singleText(texts[itemCol] ?? '');
    if (catCol >= 0 && (texts[catCol] ?? '').trim() !== '') cursor.category = categoryName(texts[catCol] ?? '');
    if (row.categoryId !== undefined) cursor.categoryId = row.categoryId;
    const fields = rowFields(texts, cols);
    const previous = out[out.length - 1];
    // The item cell merged down over this row: the row continues the item above (a long cell split over two rows).
    if (row.cells[itemCol]?.fromAbove && previous && name === previous.name) {
      out[out.length - 1] = mergeContinuation(previous, fields);
      continue;
    }
    if (name === '') {
      cursor.prose.push(...texts.filter((t) => t.trim() !== ''));
      continue;
    }
    cursor.previous = Object.fromEntries(texts.map((t, i) => [i, t]));
    out.push({
      number: row.number,
      where: grid.where,
      label: `${index + 1}-${row.number}`,
      category: cursor.category,
      ...(cursor.categoryId ? { categoryId: cursor.categoryId } : {}),
      ...(row.itemId ? { itemId: row.itemId } : {}),
      name,
      ...fields,
    });
  }
}

function mergeContinuation(prev: TableRow, more: ReturnType<typeof rowFields>): TableRow {
  const join = (a?: readonly string[], b?: readonly string[]): readonly string[] | undefined =>
    a || b ? [...(a ?? []), ...(b ?? []).filter((x) => !(a ?? []).includes(x))] : undefined;
  const content = join(prev.content, more.content);
  const basis = join(prev.basis, more.basis);
  const channel = join(prev.channel, more.channel);
  // A tick on the continuation row is a tick of the item (√ under 依申请 on the second line of a merged item).
  const ticks: TableRow['ticks'] = { ...prev.ticks };
  for (const key of ['audience', 'method', 'level'] as const) {
    const a = prev.ticks[key];
    const b = more.ticks[key];
    if (a && b) ticks[key] = { shown: a.shown, on: [...a.on, ...b.on.filter((v) => !a.on.includes(v))] };
  }
  // A blank the continuation fills is no blank; a mark it cannot read is still unread.
  const fills = (key: UnreadableCell['key']): boolean =>
    key === 'content' || key === 'basis' || key === 'channel'
      ? (more[key]?.length ?? 0) > 0
      : key === 'audience' || key === 'method' || key === 'level'
        ? (ticks[key]?.on.length ?? 0) > 0
        : false;
  // A time limit or subject written differently on the continuation: two values for one item, neither can be chosen.
  const split: UnreadableCell[] = (['timeLimit', 'subject'] as const)
    .filter((key) => (more[key] ?? '') !== '' && more[key] !== prev[key])
    .map((key) => ({ how: 'split', key, text: more[key] ?? '' }));
  const unreadable = [
    ...(prev.unreadable ?? []).filter((u) => u.how !== 'blank' || !fills(u.key)),
    ...(more.unreadable ?? []).filter((u) => u.how === 'mark'),
    ...split,
  ];
  const { unreadable: _had, ...rest } = prev;
  return {
    ...rest,
    ...(content ? { content } : {}),
    ...(basis ? { basis } : {}),
    ...(channel ? { channel } : {}),
    ticks,
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}

/** Read the catalogue rows out of a file's grids; throws ImportError when there is no table or no header. */
export function tableFromGrids(grids: readonly Grid[], file: string): ImportedTable {
  const nonEmpty = grids.filter((g) => g.rows.some((r) => r.cells.some((c) => c.text.trim() !== '')));
  if (nonEmpty.length === 0) throw new ImportError('err.noTable', { file });
  const rows: TableRow[] = [];
  const cursor: Cursor = { category: '', prose: [] };
  let header: Header | undefined;
  let titles: string[] = [];
  let first: Grid | undefined;
  const unread: UnreadColumn[] = [];
  const missing: MissingColumn[] = [];
  for (const grid of nonEmpty) {
    const found = findHeader(grid.rows);
    if (found) {
      if (!header) {
        titles = [...grid.before, ...grid.rows.slice(0, found.at).flatMap((r) => r.cells.filter((c) => !c.fromLeft).map((c) => c.text))];
      }
      header = found;
      unread.push(...unreadColumns(grid, found));
      const before = rows.length;
      gridRows(grid, found, found.at + found.depth, cursor, nonEmpty.indexOf(grid), rows);
      // A header with item rows under it (a header alone shows no item without the element).
      if (rows.length > before) missing.push(...missingColumns(grid, found));
    } else if (header && grid.rows[0]?.cells.length === header.columns.length) {
      gridRows(grid, header, 0, cursor, nonEmpty.indexOf(grid), rows);
    } else first ??= grid;
  }
  if (!header) {
    const g = first ?? (nonEmpty[0] as Grid);
    const cells = seenHeader(g.rows);
    if (cells.length < 2) throw new ImportError('err.noTable', { file });
    throw new ImportError('err.columns', { file, where: g.where, cells: cells.join('｜') });
  }
  if (rows.length === 0) throw new ImportError('err.noRows', { file });
  // Rows are labelled by their number alone unless they come from several tables (then 2-15: table 2, row 15).
  const multi = new Set(rows.map((r) => r.label.split('-')[0])).size > 1;
  const labelled = multi ? rows : rows.map((r) => ({ ...r, label: String(r.number) }));
  const prose = [
    ...grids.flatMap((g) => [...g.before, ...(g.after ?? [])]),
    // Rows above a table's header (a title row in a sheet).
    ...grids.flatMap((g) => g.rows.slice(0, findHeader(g.rows)?.at ?? 0)).flatMap((r) => r.cells.filter((c) => !c.fromLeft && !c.fromAbove).map((c) => c.text)),
    ...cursor.prose,
  ]
    .map((t) => t.replace(/\n/g, '').trim())
    .filter((t) => t !== '');
  return {
    rows: labelled,
    hidden: hiddenCells(grids, rows),
    titles: titles.map((t) => t.replace(/\n/g, '').trim()).filter((t) => t !== ''),
    prose,
    undeclarable: [...new Set(grids.flatMap((g) => g.undeclarable ?? []))].map((t) => t.replace(/\n/g, '').trim()),
    columns: header.columns,
    unreadColumns: unread,
    missingColumns: missing,
  };
}

/** The hidden notes of every grid, named by the item row they are on (or their own text). */
function hiddenCells(grids: readonly Grid[], rows: readonly TableRow[]): HiddenCell[] {
  return grids.flatMap((g) =>
    (g.hidden ?? [])
      .filter((n) => !n.tableOnly || rows.some((r) => r.where.zh === g.where.zh && r.number >= n.row))
      .map((n) => {
        const row = rows.find((r) => r.where.zh === g.where.zh && r.number === n.row);
        const own = n.text.length > 24 ? `${n.text.slice(0, 24)}…` : n.text;
        return { number: n.row, where: g.where, name: row?.name ?? own, how: n.how, text: n.text, ...(n.kept ? { kept: true } : {}) };
      }),
  );
}
