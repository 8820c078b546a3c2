/** Hidden content of an imported table, worded for verify's hidden-content finding and import's warning. */
import type { Finding, Lang } from '../model/index.js';
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

/** The import warnings, one line per hidden row and way. */
export function hiddenWarnings(table: ImportedTable, lang: Lang): string[] {
  const several = severalTables(table);
  return table.hidden.map((h) => it(lang, 'warn.hidden', hiddenData(h, lang, several)));
}
