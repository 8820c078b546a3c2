/** Formatters for a catalogue diff: a terminal table, Markdown (for a 备案 note or a pull request) and JSON. */
import pc from 'picocolors';
import type { Lang } from '../model/index.js';
import type { CatalogueDiff, FieldChange } from './diff.js';
import { arrow, categoryOf, fieldLabel, sideLabel } from './labels.js';
import { formatDiffMarkdown } from './markdown.js';
import { isEmptyDiff } from './diff.js';
import { tr, type AuthoringTextId } from '../messages/authoring.js';
import { padEnd, displayWidth } from '../util/width.js';

export interface DiffFormatContext {
  readonly lang: Lang;
  readonly color: boolean;
}

export type DiffFormatter = (diff: CatalogueDiff, ctx: DiffFormatContext) => string;

interface Cell {
  readonly text: string;
  readonly paint?: (s: string) => string;
}
type Row = readonly Cell[];

/** Rows aligned on display width (CJK counts two); the last column is not padded. */
function table(rows: readonly Row[]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(c.text));
    });
  return rows.map(
    (row) =>
      '  ' +
      row
        .map((c, i) => {
          const text = i === row.length - 1 ? c.text : padEnd(c.text, widths[i] ?? 0);
          return c.paint ? c.paint(text) : text;
        })
        .join('  ')
        .trimEnd(),
  );
}

/** The detail lines of one element's change: `+ entry`/`- entry` for lists, `old → new` for texts. */
function changeLines(lang: Lang, c: FieldChange, p: ReturnType<typeof pc.createColors>): Cell[] {
  if (c.added || c.removed) {
    return [...(c.added ?? []).map((e) => ({ text: `+ ${e}`, paint: p.green })), ...(c.removed ?? []).map((e) => ({ text: `- ${e}`, paint: p.red }))];
  }
  return [{ text: arrow(lang, c) }];
}

function itemRows(d: CatalogueDiff, lang: Lang, p: ReturnType<typeof pc.createColors>): Row[] {
  const label = (id: AuthoringTextId, paint: (s: string) => string): Cell => ({ text: tr(lang, id), paint });
  const blank: Cell = { text: '' };
  const rows: Row[] = [['col.change', 'col.id', 'col.name', 'col.field', 'col.detail'].map((id) => ({ text: tr(lang, id as AuthoringTextId), paint: p.bold }))];
  for (const r of d.items.added)
    rows.push([label('change.added', p.green), { text: r.id, paint: p.dim }, { text: r.name }, blank, { text: categoryOf(lang, r) }]);
  for (const item of d.items.changed) {
    let first = true;
    for (const c of item.changes) {
      changeLines(lang, c, p).forEach((detail, i) => {
        const head = first ? [label('change.changed', p.yellow), { text: item.id, paint: p.dim }, { text: item.name }] : [blank, blank, blank];
        rows.push([...head, i === 0 ? { text: fieldLabel(lang, c.field) } : blank, detail]);
        first = false;
      });
    }
  }
  for (const r of d.items.removed)
    rows.push([label('change.removed', p.red), { text: r.id, paint: p.dim }, { text: r.name }, blank, { text: categoryOf(lang, r) }]);
  return rows;
}

function categoryRows(d: CatalogueDiff, lang: Lang, p: ReturnType<typeof pc.createColors>): Row[] {
  const c = d.categories;
  return [
    ['col.change', 'col.id', 'col.name'].map((id) => ({ text: tr(lang, id as AuthoringTextId), paint: p.bold })),
    ...c.added.map((x) => [{ text: tr(lang, 'change.added'), paint: p.green }, { text: x.id, paint: p.dim }, { text: x.name }]),
    ...c.renamed.map((x) => [{ text: tr(lang, 'change.renamed'), paint: p.yellow }, { text: x.id, paint: p.dim }, { text: `${x.old} → ${x.new}` }]),
    ...c.removed.map((x) => [{ text: tr(lang, 'change.removed'), paint: p.red }, { text: x.id, paint: p.dim }, { text: x.name }]),
  ];
}

export const formatDiffText: DiffFormatter = (d, ctx) => {
  const p = pc.createColors(ctx.color);
  const { lang } = ctx;
  const colon = lang === 'zh' ? '：' : ': ';
  const lines = [`${tr(lang, 'diff.old')}${colon}${sideLabel(lang, d.old)}`, `${tr(lang, 'diff.new')}${colon}${sideLabel(lang, d.new)}`, ''];
  if (isEmptyDiff(d)) return [...lines, tr(lang, 'diff.same')].join('\n') + '\n';
  const c = d.categories;
  if (c.added.length + c.removed.length + c.renamed.length > 0) lines.push(p.bold(tr(lang, 'diff.categories')), ...table(categoryRows(d, lang, p)), '');
  if (d.summary.added + d.summary.removed + d.summary.changed > 0) lines.push(p.bold(tr(lang, 'diff.items')), ...table(itemRows(d, lang, p)), '');
  lines.push(tr(lang, 'diff.summary', d.summary));
  return lines.join('\n') + '\n';
};

export const formatDiffJson: DiffFormatter = (d) => JSON.stringify(d, null, 2) + '\n';

/** Formatter by `--format` name. */
export const DIFF_FORMATTERS: Readonly<Record<string, DiffFormatter>> = {
  text: formatDiffText,
  markdown: formatDiffMarkdown,
  json: formatDiffJson,
};
