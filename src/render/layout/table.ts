/** The catalogue as the standard two-header-row table: one row group per 一级事项, 序号 running 1…N. */
import type { Catalogue, CatalogueTable, Item, TableCell, TableColumn } from '../../model/index.js';
import { hasNotes, levelsShown, TABLE_WIDTH, tableColumns, tableHeader } from './columns.js';
import { asPublished } from './publisher.js';

const TICK = '√';

const text = (lines: readonly string[]): TableCell => ({ lines: lines.filter((l) => l.trim() !== ''), align: 'left' });
const tick = (on: boolean): TableCell => ({ lines: on ? [TICK] : [], align: 'center' });

/** The cell an item shows under one leaf column (every column but `category`). */
function cellFor(column: TableColumn, item: Item, seq: number): TableCell {
  const [field, value] = column.key.split(':') as [string, string | undefined];
  switch (field) {
    case 'seq':
      return { lines: [String(seq)], align: 'center' };
    case 'item':
      return text([item.name]);
    case 'content':
      return text(item.content);
    case 'basis':
      return text(item.basis);
    case 'timeLimit':
      return text([item.timeLimit]);
    case 'subject':
      return text([item.subject]);
    case 'channel':
      return text(item.channel);
    case 'audience':
      return tick((item.audience as readonly string[]).includes(value ?? ''));
    case 'method':
      return tick((item.method as readonly string[]).includes(value ?? ''));
    case 'level':
      return tick((item.level as readonly string[]).includes(value ?? ''));
    case 'note':
      return text(item.note === undefined ? [] : [item.note]);
    default:
      throw new Error(`no cell for column ${column.key}`);
  }
}

/**
 * Lay the resolved catalogue out as a table; items a county added look exactly like baseline items, and
 * 公开主体/公开层级 are printed as the issuer's own (`baseline`: the catalogue it extends, for a school).
 */
export function layoutTable(resolved: Catalogue, baseline?: Catalogue): CatalogueTable {
  const catalogue = asPublished(resolved, baseline);
  const levels = levelsShown(catalogue);
  const withNote = hasNotes(catalogue);
  const columns = tableColumns(levels, withNote);
  const rowColumns = columns.filter((c) => c.key !== 'category');
  let seq = 0;
  // A 一级事项 with no items has no rows to span: leave it out rather than hand renderers a 0-row span.
  const groups = catalogue.categories
    .filter((c) => c.items.length > 0)
    .map((category) => ({
      categoryId: category.id,
      categoryName: category.name,
      rows: category.items.map((item) => {
        seq += 1;
        const n = seq;
        return { itemId: item.id, cells: rowColumns.map((c) => cellFor(c, item, n)) };
      }),
    }));
  return { columns, header: tableHeader(levels, withNote), groups, width: TABLE_WIDTH };
}
