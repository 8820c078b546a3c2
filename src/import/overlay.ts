/** The smallest overlay that resolves to what the table says: changed fields, added items, remove:, each commented with its row. */
import { Document, Scalar, YAMLMap, YAMLSeq } from '../vendor/yaml.js';
import type { Catalogue, Category, Item, Lang } from '../model/index.js';
import { publishedSubject } from '../render/layout/publisher.js';
import { normalizeText, sameText } from '../validate/normalize.js';
import { resolveDeclaration, type Declaration, type ResolvedDeclaration } from './declarations.js';
import type { RowMatch } from './match.js';
import type { TableRow } from './table.js';
import { it } from './texts.js';

export interface OverlayMeta {
  readonly id: string;
  readonly region: string;
  readonly title: string;
  readonly issuer: string;
  readonly extends: string;
  /** A county's catalogue (the default) or a school's, which may leave baseline items out (remove:). */
  readonly kind?: 'county' | 'school';
  /** The imported file's name, for the header comment. */
  readonly file: string;
}

export interface Overlay {
  readonly text: string;
  /** The table row behind each item or category id written (what verify names in its findings). */
  readonly rows: ReadonlyMap<string, TableRow>;
  readonly removed: readonly { readonly id: string; readonly name: string }[];
  /** The declarations of the text outside the table, each with the target written under deviations: (none: not written). */
  readonly declared: readonly ResolvedDeclaration[];
}

const ORDER: Readonly<Record<'audience' | 'method' | 'level', readonly string[]>> = {
  audience: ['全社会', '特定群体'],
  method: ['主动', '依申请'],
  level: ['市级', '县级', '乡级', '校级'],
};
const ID = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/;

/**
 * Texts compare as the checker compares them with the baseline (sameText: width of punctuation, brackets, spaces):
 * a county table typed with 半角 "(…)" where the baseline now prints “（…）” keeps the baseline's text, not a change.
 */
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => sameText(x, b[i]!));

/** The tick group's resolved value: what the table marks, plus baseline values it has no column for. */
function tickValue(row: TableRow, key: 'audience' | 'method' | 'level', base?: readonly string[]): string[] | undefined {
  const g = row.ticks[key];
  if (!g) return undefined;
  const kept = g.shown === 'all' ? [] : (base ?? []).filter((v) => !(g.shown as readonly string[]).includes(v));
  const all = new Set([...kept, ...g.on]);
  return ORDER[key].filter((v) => all.has(v));
}

/**
 * The fields of a row that differ from the baseline item (all nine and the note for an added item). `printed` is
 * the 公开主体 the county's own documents print for a baseline subject: "卫辉市教育局" for the generic
 * "县级教育行政部门" is the inherited value, not a change.
 */
function itemFields(row: TableRow, base: Item | undefined, printed: (subject: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!base || !sameText(row.name, base.name)) out.name = row.name;
  for (const key of ['content', 'basis'] as const) {
    const v = row[key];
    if (v && v.length > 0 && (!base || !sameList(v, base[key]))) out[key] = [...v];
  }
  if (row.timeLimit && (!base || !sameText(row.timeLimit, base.timeLimit))) out.timeLimit = row.timeLimit;
  if (row.subject && (!base || (row.subject !== base.subject && row.subject !== printed(base.subject)))) out.subject = row.subject;
  if (row.channel && row.channel.length > 0 && (!base || !sameList(row.channel, base.channel))) out.channel = [...row.channel];
  for (const key of ['audience', 'method', 'level'] as const) {
    const v = tickValue(row, key, base?.[key]);
    if (v && v.length > 0 && (!base || !sameList([...v].sort(), [...base[key]].sort()))) out[key] = v;
  }
  if (row.note && row.note !== (base?.note ?? '')) out.note = row.note;
  return out;
}

/** Where an added row goes: the category its id or its name names, else the one its neighbours were matched to, else a new one. */
function placeAdded(matches: readonly RowMatch[], baseline: Catalogue, id: string): Map<RowMatch, string> & { newCategories: Map<string, string> } {
  const byName = new Map(baseline.categories.map((c) => [normalizeText(c.name), c.id]));
  const ids = new Set(baseline.categories.map((c) => c.id));
  const byGroup = new Map<string, string>();
  for (const m of matches) if (m.categoryId && !byGroup.has(m.row.category)) byGroup.set(m.row.category, m.categoryId);
  const placed = new Map<RowMatch, string>() as Map<RowMatch, string> & { newCategories: Map<string, string> };
  placed.newCategories = new Map();
  for (const m of matches.filter((x) => !x.item)) {
    const r = m.row;
    let cat = r.categoryId && ids.has(r.categoryId) ? r.categoryId : (byName.get(normalizeText(r.category)) ?? byGroup.get(r.category));
    if (!cat) {
      const key = r.categoryId ?? `#${r.category}`;
      cat = placed.newCategories.get(key);
      if (!cat) {
        cat = r.categoryId && ID.test(r.categoryId) && !ids.has(r.categoryId) ? r.categoryId : `${id}.category-${placed.newCategories.size + 1}`;
        placed.newCategories.set(key, cat);
      }
    }
    placed.set(m, cat);
  }
  return placed;
}

function addedId(row: TableRow, id: string, taken: Set<string>): string {
  const wanted = row.itemId && ID.test(row.itemId) ? row.itemId : `${id}.row-${row.label}`;
  let out = wanted;
  for (let n = 2; taken.has(out); n++) out = `${wanted}-${n}`;
  taken.add(out);
  return out;
}

/** Build the overlay document for the matched rows. */
export function buildOverlay(
  matches: readonly RowMatch[],
  baseline: Catalogue,
  meta: OverlayMeta,
  lang: Lang,
  declarations: readonly Declaration[] = [],
): Overlay {
  const doc = new Document();
  const root = doc.createNode({
    id: meta.id,
    kind: meta.kind ?? 'county',
    region: meta.region,
    title: meta.title,
    issuer: meta.issuer,
    extends: meta.extends,
  }) as YAMLMap;
  doc.contents = root;
  doc.commentBefore = ` ${it(lang, 'comment.header', { file: meta.file })}`;
  const multi = new Set(matches.map((m) => m.row.label.includes('-'))).has(true);
  const rowComment = (r: TableRow): string =>
    ` ${it(lang, 'comment.row', { where: multi ? (lang === 'zh' ? r.where.zh : r.where.en) : '', row: r.number })}：${r.name}`;
  const placed = placeAdded(matches, baseline, meta.id);
  const county = { kind: meta.kind ?? 'county', region: meta.region, issuer: meta.issuer } as Catalogue;
  const printed = (subject: string): string => publishedSubject(subject, county, baseline);
  const rows = new Map<string, TableRow>();
  /** Item id → the name its row shows (what a declaration names the item by). */
  const shown = new Map<string, string>();
  const taken = new Set(baseline.categories.flatMap((c) => [c.id, ...c.items.map((i) => i.id)]));
  const entries = new Map<string, YAMLMap[]>();
  const push = (cat: string, node: YAMLMap): void => {
    entries.set(cat, [...(entries.get(cat) ?? []), node]);
  };
  for (const m of matches) {
    const fields = itemFields(m.row, m.item, printed);
    if (m.item && Object.keys(fields).length === 0) {
      rows.set(m.item.id, m.row);
      shown.set(m.item.id, m.row.name);
      continue;
    }
    const itemId = m.item ? m.item.id : addedId(m.row, meta.id, taken);
    rows.set(itemId, m.row);
    shown.set(itemId, m.row.name);
    const node = doc.createNode({ id: itemId, ...fields }) as YAMLMap;
    node.commentBefore = rowComment(m.row);
    push(m.item ? (m.categoryId as string) : (placed.get(m) as string), node);
  }
  const claimed = new Set(matches.flatMap((m) => (m.item ? [m.item.id] : [])));
  const categories = new YAMLSeq();
  const removed: { id: string; name: string }[] = [];
  for (const c of baseline.categories) {
    const node = categoryNode(doc, c, matches, entries.get(c.id) ?? []);
    if (node) categories.items.push(node);
    if (c.items.length > 0 && c.items.every((i) => !claimed.has(i.id)) && !entries.has(c.id)) removed.push({ id: c.id, name: c.name });
    else removed.push(...c.items.filter((i) => !claimed.has(i.id)).map((i) => ({ id: i.id, name: i.name })));
  }
  for (const [key, catId] of placed.newCategories) {
    const first = matches.find((m) => placed.get(m) === catId)?.row;
    const node = doc.createNode({ id: catId, name: first?.category || key.replace(/^#/, '') || catId }) as YAMLMap;
    node.set('items', new YAMLSeq());
    (node.get('items') as YAMLSeq).items.push(...(entries.get(catId) ?? []));
    if (first) {
      node.commentBefore = rowComment(first);
      rows.set(catId, first);
    }
    categories.items.push(node);
  }
  if (categories.items.length > 0) root.set('categories', categories);
  if (removed.length > 0) {
    const seq = new YAMLSeq();
    for (const r of removed) {
      const s = new Scalar(r.id);
      s.comment = ` ${it(lang, 'comment.missing', { name: r.name })}`;
      seq.items.push(s);
    }
    root.set('remove', seq);
  }
  // A declaration the document prints is the deviations: entry it was printed from, judged by the same rules.
  // What the table lists: the baseline items its rows are, and the categories they (or items added to them) are in.
  const present = new Set([...claimed, ...baseline.categories.filter((c) => entries.has(c.id) || c.items.some((i) => claimed.has(i.id))).map((c) => c.id)]);
  const declared = declarations.map((d) => resolveDeclaration(d, baseline, shown, present));
  const written = declared.filter((d) => d.target !== undefined);
  if (written.length > 0) {
    const seq = new YAMLSeq();
    for (const { declaration: d, target } of written) {
      const node = doc.createNode({ target, reason: d.reason, ...(d.ref !== undefined ? { ref: d.ref } : {}) }) as YAMLMap;
      node.commentBefore = ` ${it(lang, 'comment.declared', { text: d.text })}`;
      seq.items.push(node);
    }
    root.set('deviations', seq);
  }
  return { text: doc.toString({ lineWidth: 0 }), rows, removed, declared };
}

/** A baseline category's overlay entry: its items that differ, and its name when the table renamed it. */
function categoryNode(doc: Document, c: Category, matches: readonly RowMatch[], items: readonly YAMLMap[]): YAMLMap | undefined {
  const names = matches.filter((m) => m.categoryId === c.id && m.row.category !== '').map((m) => m.row.category);
  const name = names[0];
  const renamed = name !== undefined && name !== c.name && names.every((n) => n === name);
  if (items.length === 0 && !renamed) return undefined;
  const node = doc.createNode({ id: c.id, ...(renamed ? { name } : {}) }) as YAMLMap;
  if (items.length > 0) {
    const seq = new YAMLSeq();
    seq.items.push(...items);
    node.set('items', seq);
  }
  return node;
}
