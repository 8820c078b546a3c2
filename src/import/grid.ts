/** The shape every reader produces: a table as a grid of cell texts, merged cells copied into every slot they cover. */

/** One slot of the grid. */
export interface GridCell {
  /** The text, lines joined with "\n", trimmed. */
  readonly text: string;
  /** Covered by a cell merged from above (vMerge, rowspan, a merged range): not written in this row. */
  readonly fromAbove?: boolean;
  /** Covered by a cell merged from the left (gridSpan, colspan). */
  readonly fromLeft?: boolean;
}

export interface GridRow {
  readonly cells: readonly GridCell[];
  /** The row number a clerk sees: the spreadsheet row, or the row of the Word/HTML table counted from 1. */
  readonly number: number;
  /** An item id the producer left on the row (the portal page's `<tr id="item-…">`). */
  readonly itemId?: string;
  /** A category id the producer left on the row group (the portal page's `<tbody id="category-…">`). */
  readonly categoryId?: string;
}

/** How content was kept from the reader's eye (hidden text, white on white, a hidden row, an unaccepted revision …). */
export type HiddenHow =
  | 'vanish'
  | 'colour'
  | 'tiny'
  | 'row'
  | 'column'
  | 'deleted'
  | 'inserted'
  | 'note'
  | 'format'
  | 'strike'
  | 'shape'
  | 'formula'
  | 'bidi'
  | 'clipped'
  | 'bound'
  | 'background'
  | 'symbol'
  | 'indent'
  | 'numbering'
  | 'moved'
  | 'overlay';

/** Content in a row of the table that Word/Excel/the browser does not show: refused, never read as visible. */
export interface HiddenNote {
  /** The row number as in GridRow.number. */
  readonly row: number;
  readonly how: HiddenHow;
  /** The hidden text (what a machine would have read). */
  readonly text: string;
  /** Hidden only when it lies in the table (a picture over the rows below it is a seal over the 落款, which is normal). */
  readonly tableOnly?: boolean;
  /**
   * The text is read all the same (shown, but pushed out of its cell, cut off, over a background picture, under a
   * picture, an unaccepted insertion, a field's stored result): import writes it, verify refuses the row.
   */
  readonly kept?: boolean;
}

/** One table of the file (a Word table, a sheet, an HTML table). */
export interface Grid {
  /** Where it is, for messages: 表1, 工作表“Sheet1”. */
  readonly where: { readonly zh: string; readonly en: string };
  readonly rows: readonly GridRow[];
  /** Paragraphs (or rows) of text just above the table: where a title is found. */
  readonly before: readonly string[];
  /** Paragraphs after the last table of the file (notes, 说明): on the last grid only. */
  readonly after?: readonly string[];
  /** Content the reader cannot see, by row; it is not in the cells' text. */
  readonly hidden?: readonly HiddenNote[];
  /**
   * Paragraphs of `before`/`after` that are not shown as plain paragraphs — in a frame (placed, sized and clipped by
   * position) or holding a field (Word may work it out again on opening) — so they are never read as declarations.
   */
  readonly undeclarable?: readonly string[];
}

/** Collects hidden content per row and way, joining the texts of one row and way. */
export class HiddenNotes {
  private readonly notes = new Map<string, { row: number; how: HiddenHow; text: string[]; tableOnly: boolean; kept: boolean }>();

  add(row: number, how: HiddenHow, text: string, tableOnly = false, kept = false): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t === '') return;
    const key = `${row}:${how}:${tableOnly}:${kept}`;
    const note = this.notes.get(key) ?? { row, how, text: [], tableOnly, kept };
    if (!note.text.includes(t)) note.text.push(t);
    this.notes.set(key, note);
  }

  list(): HiddenNote[] {
    return [...this.notes.values()]
      .sort((a, b) => a.row - b.row || a.how.localeCompare(b.how))
      .map((n) => ({ row: n.row, how: n.how, text: n.text.join(' '), ...(n.tableOnly ? { tableOnly: true } : {}), ...(n.kept ? { kept: true } : {}) }));
  }
}

/** A grid filler: places cells with row and column spans, marking the slots they cover. */
export class GridBuilder {
  private readonly rows: GridCell[][] = [];

  /** Put a cell at the first free column of `row` at or after `from`; returns the column after it. */
  place(row: number, from: number, text: string, colSpan = 1, rowSpan = 1): number {
    const line = this.row(row);
    let col = from;
    while (line[col] !== undefined) col++;
    for (let r = 0; r < Math.max(1, rowSpan); r++) {
      const target = this.row(row + r);
      for (let c = 0; c < Math.max(1, colSpan); c++) {
        target[col + c] = { text, ...(r > 0 ? { fromAbove: true } : {}), ...(c > 0 ? { fromLeft: true } : {}) };
      }
    }
    return col + Math.max(1, colSpan);
  }

  /** A Word `vMerge` continuation: the slots repeat the text of the cell above; returns the column after it. */
  continueAbove(row: number, from: number, colSpan = 1): number {
    const line = this.row(row);
    let col = from;
    while (line[col] !== undefined) col++;
    const above = this.row(row - 1);
    for (let c = 0; c < Math.max(1, colSpan); c++) {
      line[col + c] = { text: above[col + c]?.text ?? '', fromAbove: true, ...(c > 0 ? { fromLeft: true } : {}) };
    }
    return col + Math.max(1, colSpan);
  }

  /** Whether the slot is already taken (by a span from an earlier row). */
  taken(row: number, col: number): boolean {
    return this.row(row)[col] !== undefined;
  }

  private row(r: number): GridCell[] {
    while (this.rows.length <= r) this.rows.push([]);
    return this.rows[r] as GridCell[];
  }

  /** The rows, holes filled with empty cells, all the same width. */
  build(): GridCell[][] {
    const width = Math.max(0, ...this.rows.map((r) => r.length));
    return this.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? { text: '' }));
  }
}

/** Cell text as readers collect it: lines trimmed, blank lines at the ends dropped. */
export function cellText(lines: readonly string[]): string {
  const trimmed = lines.map((l) => l.replace(/[\s\u3000]+$/u, '').replace(/^[\s\u3000]+/u, ''));
  while (trimmed.length > 0 && trimmed[0] === '') trimmed.shift();
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed.join('\n');
}
