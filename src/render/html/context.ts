/** The portal template's context, prepared from a PortalPage so that the template only loops and prints. */
import type { CatalogueTable, HeaderCell, PortalPage, RowGroup, TableCell } from '../../model/index.js';
import { balanceTitle } from '../typeset/index.js';

/** A header cell as the template prints it: `scope` is "colgroup" when it spans columns. */
interface HeaderCellContext {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly scope: 'col' | 'colgroup';
}

/** A `<col>` with its share of the table width, grouped under the top header cell above it. */
interface ColumnGroupContext {
  readonly span: number;
  readonly columns: readonly { readonly key: string; readonly width: string }[];
}

/** A body cell: `tag` th (一级事项 "rowgroup", 二级事项 "row") or td; `tick` √, `list` several lines. */
interface BodyCellContext {
  readonly tag: 'th' | 'td';
  readonly scope?: 'rowgroup' | 'row';
  readonly rowSpan?: number;
  readonly key: string;
  readonly align: 'left' | 'center';
  readonly text: string;
  readonly lines: readonly string[];
  readonly tick: boolean;
  /** A tick column left empty: read as 否. */
  readonly untick: boolean;
  readonly list: boolean;
}

interface RowContext {
  readonly itemId: string;
  readonly cells: readonly BodyCellContext[];
}

interface GroupContext {
  readonly categoryId: string;
  readonly name: string;
  readonly size: number;
  readonly rows: readonly RowContext[];
}

/** Everything portal.hbs sees (documented at the top of the template). */
export interface PortalContext {
  readonly title: string;
  /** The title in balanced lines (typeset's balanceTitle, as in the PDF and DOCX), for the h1. */
  readonly titleLines: readonly string[];
  readonly issuer: string;
  /** 成文日期 as the layout printed it, e.g. 2020年10月26日. */
  readonly date: string;
  /** The same date as ISO YYYY-MM-DD for `<time datetime>`, when it is one. */
  readonly isoDate?: string;
  readonly documentNumber?: string;
  /** 索引号 and 发布日期 (document.indexNumber, document.publishDate), when given. */
  readonly indexNumber?: string;
  readonly publishDate?: string;
  readonly publishIsoDate?: string;
  /** The 印发通知 PDF beside the page, and its title for the link. */
  readonly noticeHref?: string;
  readonly noticeTitle?: string;
  readonly subject?: string;
  readonly keywords?: string;
  readonly generator: string;
  readonly sourceSha256: string;
  readonly columnGroups: readonly ColumnGroupContext[];
  readonly headerRows: readonly (readonly HeaderCellContext[])[];
  readonly groups: readonly GroupContext[];
  readonly categoryCount: number;
  readonly itemCount: number;
  readonly hasNote: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TICK = '√';

/** Build the template context; optional metadata is left out rather than set to undefined. */
export function portalContext(page: PortalPage): PortalContext {
  const iso = ISO_DATE.test(page.info.date) ? page.info.date : undefined;
  const items = page.table.groups.reduce((n, g) => n + g.rows.length, 0);
  return {
    title: page.title,
    titleLines: balanceTitle(page.title, { keep: [page.issuer] }),
    issuer: page.issuer,
    date: page.date,
    ...(iso ? { isoDate: iso } : {}),
    ...(page.documentNumber ? { documentNumber: page.documentNumber } : {}),
    ...(page.indexNumber ? { indexNumber: page.indexNumber } : {}),
    ...(page.publishDate ? { publishDate: page.publishDate.text, publishIsoDate: page.publishDate.iso } : {}),
    ...(page.noticeFile ? { noticeHref: page.noticeFile, noticeTitle: page.noticeTitle ?? page.noticeFile } : {}),
    ...(page.info.subject ? { subject: page.info.subject } : {}),
    ...(page.info.keywords.length > 0 ? { keywords: page.info.keywords.join(',') } : {}),
    generator: 'catalog',
    sourceSha256: page.info.sourceSha256,
    columnGroups: columnGroups(page.table),
    headerRows: page.table.header.map((row) => row.map(headerCell)),
    groups: page.table.groups.map((g) => groupContext(page.table, g)),
    categoryCount: page.table.groups.length,
    itemCount: items,
    hasNote: page.table.columns.some((c) => c.key === 'note'),
  };
}

function headerCell(cell: HeaderCell): HeaderCellContext {
  return {
    // Narrow PDF headers stack characters with "\n"; a browser wraps by itself.
    text: cell.text.replace(/\n/g, ''),
    ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    scope: cell.colSpan > 1 ? 'colgroup' : 'col',
  };
}

/** One `<colgroup>` per top header cell, so that scope="colgroup" has a column group to apply to. */
function columnGroups(table: CatalogueTable): ColumnGroupContext[] {
  const width = table.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const cols = table.columns.map((c) => ({ key: c.key, width: `${((c.width / width) * 100).toFixed(2)}%` }));
  const spans = table.header[0].map((h) => Math.max(1, h.colSpan));
  if (spans.reduce((a, b) => a + b, 0) !== cols.length) return [{ span: cols.length, columns: cols }];
  let at = 0;
  return spans.map((span) => {
    const columns = cols.slice(at, at + span);
    at += span;
    return { span, columns };
  });
}

/** The key of the 二级事项 column: `name` or `item` when present, else the column after 一级事项. */
function itemColumnKey(table: CatalogueTable): string | undefined {
  const keys = table.columns.map((c) => c.key);
  const named = keys.find((k) => k === 'name' || k === 'item');
  return named ?? keys[keys.indexOf('category') + 1];
}

function groupContext(table: CatalogueTable, group: RowGroup): GroupContext {
  const keys = table.columns.map((c) => c.key).filter((k) => k !== 'category');
  const categoryAt = table.columns.findIndex((c) => c.key === 'category');
  const itemKey = itemColumnKey(table);
  const size = group.rows.length;
  const rows = group.rows.map((row, r) => {
    const cells = row.cells.map((cell, i) => bodyCell(cell, keys[i] ?? '', keys[i] === itemKey));
    if (r === 0 && categoryAt >= 0) cells.splice(Math.min(categoryAt, cells.length), 0, categoryCell(group, size));
    return { itemId: row.itemId, cells };
  });
  return { categoryId: group.categoryId, name: group.categoryName, size, rows };
}

function categoryCell(group: RowGroup, size: number): BodyCellContext {
  const text = group.categoryName;
  return { tag: 'th', scope: 'rowgroup', rowSpan: size, key: 'category', align: 'center', text, lines: [text], tick: false, untick: false, list: false };
}

function bodyCell(cell: TableCell, key: string, isItem: boolean): BodyCellContext {
  const lines = cell.lines.filter((l) => l !== '');
  return {
    tag: isItem ? 'th' : 'td',
    ...(isItem ? { scope: 'row' as const } : {}),
    key,
    align: cell.align,
    text: lines.join(''),
    lines,
    tick: lines.length === 1 && lines[0] === TICK,
    // An empty tick column (公开对象/方式/层级) is read out as 否 by a screen reader.
    untick: lines.length === 0 && /^(audience|method|level):/.test(key),
    list: lines.length > 1,
  };
}
