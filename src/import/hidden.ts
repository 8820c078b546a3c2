/** Hidden content and missing columns of an imported table, worded for verify's findings and import's warnings. */
import { ELEMENT_LABELS, type Finding, type Lang } from '../model/index.js';
import type { HiddenCell, ImportedTable } from './table.js';
import { it } from './texts.js';

/** The slots of the hidden-content message for one row and way of hiding. */
function hiddenData(h: HiddenCell, lang: Lang, several: boolean): Record<string, string | number> {
  const text = h.text.length > 60 ? `${h.text.slice(0, 60)}…` : h.text;
  const where = several ? (lang === 'zh' ? h.where.zh : `${h.where.en}, `) : '';
  return { where, row: h.number, name: h.name, how: it(lang, `hidden.${h.how}`), text };
}

/** Whether the table's rows come from more than one table or sheet (then messages name it). */
export function severalTables(table: ImportedTable): boolean {
  return new Set([...table.rows.map((r) => r.where.zh), ...table.hidden.map((h) => h.where.zh)]).size > 1;
}

/** One hidden-content finding per row and way of hiding, on the row of the table. */
export function hiddenFindings(table: ImportedTable, lang: Lang): Finding[] {
  const several = severalTables(table);
  return table.hidden.map((h) => ({
    rule: 'hidden-content',
    pointer: '',
    messageId: 'default',
    data: hiddenData(h, lang, several),
    span: { line: h.number, column: 1, endLine: h.number, endColumn: 1 },
  }));
}

/**
 * The import warnings, one line per hidden row and way: text that was not read is 未导入; text read all the same (a
 * cell pushed out by an indent, cut off, over a background picture …) is said to be imported as it stands, to check
 * against the original — verify refuses such rows either way.
 */
export function hiddenWarnings(table: ImportedTable, lang: Lang): string[] {
  const several = severalTables(table);
  return table.hidden.map((h) => it(lang, h.kept ? 'warn.hiddenKept' : 'warn.hidden', hiddenData(h, lang, several)));
}

/** The import warnings, one line per table header that lacks columns for some of the nine elements (filled from the baseline). */
export function missingColumnWarnings(table: ImportedTable, lang: Lang): string[] {
  const several = severalTables(table);
  const byHeader = new Map<string, { where: string; row: number; keys: string[] }>();
  for (const c of table.missingColumns) {
    const key = `${c.where.zh}/${c.number}`;
    const entry = byHeader.get(key) ?? { where: several ? (lang === 'zh' ? c.where.zh : `${c.where.en}, `) : '', row: c.number, keys: [] };
    entry.keys.push(ELEMENT_LABELS[c.key][lang]);
    byHeader.set(key, entry);
  }
  return [...byHeader.values()].map((h) => it(lang, 'warn.missingColumn', { where: h.where, row: h.row, columns: h.keys.join(lang === 'zh' ? '”“' : ', ') }));
}
