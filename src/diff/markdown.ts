/** The diff as Markdown: headings and tables to paste into a 备案 note or a pull request. */
import type { Lang } from '../model/index.js';
import type { CatalogueDiff, FieldChange, ItemRef } from './diff.js';
import { arrow, fieldLabel } from './labels.js';
import type { DiffFormatContext } from './format.js';
import { isEmptyDiff } from './diff.js';
import { tr, type AuthoringTextId } from '../messages/authoring.js';

/** A table cell: pipes escaped, angle brackets and line breaks made safe. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>');
}

const code = (s: string): string => `\`${s}\``;

function mdTable(lang: Lang, head: readonly AuthoringTextId[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.map((h) => tr(lang, h)).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function section(title: string, body: readonly string[]): string[] {
  return body.length === 0 ? [] : ['', `## ${title}`, '', ...body];
}

/** One element's change in a cell: `增加：a、b<br>去掉：c`, or `old → new`. */
function changeCell(lang: Lang, c: FieldChange): string {
  if (!c.added && !c.removed) return cell(arrow(lang, c));
  const sepr = lang === 'zh' ? '、' : ', ';
  const parts = [
    ...((c.added ?? []).length > 0 ? [tr(lang, 'detail.plus', { entries: (c.added ?? []).map(cell).join(sepr) })] : []),
    ...((c.removed ?? []).length > 0 ? [tr(lang, 'detail.minus', { entries: (c.removed ?? []).map(cell).join(sepr) })] : []),
  ];
  return parts.join('<br>');
}

function itemRefRows(lang: Lang, refs: readonly ItemRef[]): string[][] {
  const paren = (name: string, id: string): string => (lang === 'zh' ? `${cell(name)}（${code(id)}）` : `${cell(name)} (${code(id)})`);
  return refs.map((r) => [code(r.id), cell(r.name), paren(r.categoryName, r.category)]);
}

function categoryRows(lang: Lang, d: CatalogueDiff): string[][] {
  const c = d.categories;
  return [
    ...c.added.map((x) => [tr(lang, 'change.added'), code(x.id), cell(x.name)]),
    ...c.renamed.map((x) => [tr(lang, 'change.renamed'), code(x.id), cell(`${x.old} → ${x.new}`)]),
    ...c.removed.map((x) => [tr(lang, 'change.removed'), code(x.id), cell(x.name)]),
  ];
}

function changedRows(lang: Lang, d: CatalogueDiff): string[][] {
  return d.items.changed.flatMap((item) =>
    item.changes.map((c, i) => [i === 0 ? code(item.id) : '', i === 0 ? cell(item.name) : '', fieldLabel(lang, c.field), changeCell(lang, c)]),
  );
}

export function formatDiffMarkdown(d: CatalogueDiff, ctx: DiffFormatContext): string {
  const { lang } = ctx;
  const version = (v: string | null): string => (v === null ? '' : cell(v));
  const lines = [
    `# ${tr(lang, 'diff.heading')}`,
    '',
    `| | ${tr(lang, 'col.file')} | ${tr(lang, 'col.id')} | ${tr(lang, 'col.version')} |`,
    '|---|---|---|---|',
    `| ${tr(lang, 'diff.old')} | ${code(d.old.file)} | ${code(d.old.id)} | ${version(d.old.version)} |`,
    `| ${tr(lang, 'diff.new')} | ${code(d.new.file)} | ${code(d.new.id)} | ${version(d.new.version)} |`,
    '',
  ];
  if (isEmptyDiff(d)) return [...lines, tr(lang, 'diff.same')].join('\n') + '\n';
  lines.push(tr(lang, 'diff.summary', d.summary));
  const cats = categoryRows(lang, d);
  lines.push(...section(tr(lang, 'diff.categories'), cats.length ? mdTable(lang, ['col.change', 'col.id', 'col.name'], cats) : []));
  const refHead: AuthoringTextId[] = ['col.id', 'col.name', 'col.category'];
  lines.push(...section(tr(lang, 'diff.itemsAdded'), d.items.added.length ? mdTable(lang, refHead, itemRefRows(lang, d.items.added)) : []));
  lines.push(
    ...section(
      tr(lang, 'diff.itemsChanged'),
      d.items.changed.length ? mdTable(lang, ['col.id', 'col.name', 'col.field', 'col.change'], changedRows(lang, d)) : [],
    ),
  );
  lines.push(...section(tr(lang, 'diff.itemsRemoved'), d.items.removed.length ? mdTable(lang, refHead, itemRefRows(lang, d.items.removed)) : []));
  return lines.join('\n') + '\n';
}
