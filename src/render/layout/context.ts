/**
 * The plain object the body templates see (documented at the top of templates/notice.hbs): every
 * value a string, number, boolean or list of those, '' rather than absent, so nothing prints "undefined".
 */
import { DOCUMENT_LABELS, type Catalogue, type Category, type Deviation, type LayoutInput } from '../../model/index.js';
import { documentDateText } from './dates.js';

/** 要素 names for ITEM#FIELD deviation targets, as the documents write them. */
const FIELD_ZH: Readonly<Record<string, string>> = DOCUMENT_LABELS;

/** Where the catalogue is published: the 本级 government's portal ("卫辉市人民政府门户网站…"), the school's site. */
function publishedAt(cat: Catalogue): string {
  if (cat.kind === 'school') return `${cat.issuer}网站校务公开专栏`;
  return `${cat.region}人民政府门户网站义务教育领域基层政务公开专题`;
}

/** 我县 / 我市 / 我区 / 我校 from the region's last character. */
function localWe(cat: Catalogue): string {
  if (cat.kind === 'school') return '我校';
  const last = Array.from(cat.region).at(-1) ?? '';
  return ['县', '市', '区', '旗'].includes(last) ? `我${last}` : '本地';
}

/** Ids of the items of `catalogue` that its baseline lacks, in catalogue order (none without a baseline). */
export function findAddedItemIds(catalogue: Catalogue, baseline?: Catalogue): string[] {
  if (!baseline) return [];
  const known = new Set(baseline.categories.flatMap((c) => c.items.map((i) => i.id)));
  return catalogue.categories.flatMap((c) => c.items.filter((i) => !known.has(i.id)).map((i) => i.id));
}

/**
 * The layout input of a checked catalogue: its baseline, the items it adds, its source's SHA-256, the 成文日期 and
 * the body templates (one place for build, verify's template reading and the Typst bench).
 */
export function layoutInputOf(
  checked: { readonly catalogue: Catalogue; readonly baseline?: Catalogue | undefined; readonly sourceSha256: string },
  date: { readonly iso: string; readonly undated: boolean },
  templates: { readonly notice: string; readonly filing: string },
): LayoutInput {
  const { catalogue, baseline, sourceSha256 } = checked;
  return {
    catalogue,
    ...(baseline ? { baseline } : {}),
    addedItemIds: findAddedItemIds(catalogue, baseline),
    sourceSha256,
    date: date.iso,
    undated: date.undated,
    templates: { notice: templates.notice, filing: templates.filing },
  };
}

const DIGITS = Array.from('〇一二三四五六七八九');
/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (for "（一）" and "一是"; up to 99). */
function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? String(n);
  if (tens > 9) return String(n);
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

const trimEnd = (s: string): string => s.trim().replace(/[。；;.，,\s]+$/u, '');
const names = (list: readonly { readonly name: string }[]): string => list.map((x) => x.name).join('、');

function findItem(cats: readonly Category[], id: string) {
  for (const c of cats) for (const i of c.items) if (i.id === id) return i;
  return undefined;
}

/** "未列入二级事项“民办学校日常监督信息”", "调整二级事项“…”的公开渠道和载体", … */
function describeDeviation(d: Deviation, catalogue: Catalogue, baseline?: Catalogue): string {
  const [id = '', field] = d.target.split('#');
  const all = [...(baseline?.categories ?? []), ...catalogue.categories];
  const category = all.find((c) => c.id === id);
  if (category) {
    const kept = catalogue.categories.some((c) => c.id === id);
    return kept ? `调整一级事项“${category.name}”` : `未列入一级事项“${category.name}”`;
  }
  const item = findItem(catalogue.categories, id) ?? findItem(baseline?.categories ?? [], id);
  if (!item) return `调整“${d.target}”`;
  if (field) return `调整二级事项“${item.name}”的${FIELD_ZH[field] ?? field}`;
  return findItem(catalogue.categories, id) ? `调整二级事项“${item.name}”的公开要素` : `未列入二级事项“${item.name}”`;
}

/** Baseline entries the catalogue leaves out (schools 自行增减; a county only with a declared deviation). */
function removedEntries(catalogue: Catalogue, baseline?: Catalogue) {
  if (!baseline) return [];
  const cats = new Set(catalogue.categories.map((c) => c.id));
  const items = new Set(catalogue.categories.flatMap((c) => c.items.map((i) => i.id)));
  return baseline.categories.flatMap((c) =>
    cats.has(c.id)
      ? c.items.filter((i) => !items.has(i.id)).map((i) => ({ id: i.id, name: i.name, level: '二级事项' }))
      : [{ id: c.id, name: c.name, level: '一级事项' }],
  );
}

/** 一级事项“民办学校”，二级事项“教师资格认定”“特岗教师招聘” */
function removedSummary(removed: readonly { readonly name: string; readonly level: string }[]): string {
  return ['一级事项', '二级事项']
    .map((level) => ({ level, list: removed.filter((r) => r.level === level) }))
    .filter((g) => g.list.length > 0)
    .map((g) => `${g.level}${g.list.map((r) => `“${r.name}”`).join('')}`)
    .join('，');
}

function baselineContext(baseline: Catalogue) {
  const municipal = baseline.kind === 'municipal';
  return {
    id: baseline.id,
    title: baseline.title,
    issuer: baseline.issuer,
    version: baseline.version ?? '',
    versionLabel: baseline.version ? `${baseline.version}年版` : '',
    guideline: municipal ? baseline.title.replace(/目录$/u, '指引') : '',
    label: municipal ? '市级目录' : `《${baseline.title}》`,
    isMunicipal: municipal,
  };
}

/** Build the template context for both documents from the layout input. */
export function templateContext(input: LayoutInput) {
  const { catalogue: cat, baseline } = input;
  const added = new Set(baseline ? input.addedItemIds : []);
  const addedItems = cat.categories.flatMap((c) => c.items.filter((i) => added.has(i.id)).map((i) => ({ id: i.id, name: i.name, category: c.name })));
  const baseCats = new Set(baseline?.categories.map((c) => c.id) ?? []);
  const addedCategories = baseline ? cat.categories.filter((c) => !baseCats.has(c.id)).map((c) => ({ id: c.id, name: c.name, items: c.items.length })) : [];
  const categories = cat.categories.map((c) => ({ id: c.id, name: c.name, items: c.items.length, isNew: addedCategories.some((a) => a.id === c.id) }));
  const deviations = cat.deviations.map((d, i) => ({
    index: i + 1,
    numeral: chineseNumeral(i + 1),
    target: d.target,
    description: describeDeviation(d, cat, baseline),
    reason: trimEnd(d.reason),
    ref: d.ref ?? '',
  }));
  const removed = removedEntries(cat, baseline);
  const doc = cat.document;
  return {
    id: cat.id,
    kind: cat.kind,
    region: cat.region,
    title: cat.title,
    issuer: cat.issuer,
    isMunicipal: cat.kind === 'municipal',
    isCounty: cat.kind === 'county',
    isSchool: cat.kind === 'school',
    we: cat.kind === 'school' ? '我校' : cat.issuer.endsWith('局') ? '我局' : '我单位',
    number: doc.number ?? '',
    filingNumber: doc.filingNumber ?? '',
    signer: doc.signer ?? '',
    date: documentDateText(input),
    dateIso: input.date,
    publishedAt: publishedAt(cat),
    localWe: localWe(cat),
    deadline: doc.deadline?.trim() ?? '',
    counts: {
      categories: categories.length,
      items: categories.reduce((n, c) => n + c.items, 0),
      added: addedItems.length,
      addedCategories: addedCategories.length,
      removed: removed.length,
      deviations: deviations.length,
    },
    categories,
    categorySummary: categories.map((c) => `“${c.name}”${c.items}个`).join('、'),
    added: addedItems,
    addedNames: names(addedItems),
    addedCategories,
    addedCategoryNames: names(addedCategories),
    removed,
    removedNames: names(removed),
    removedSummary: removedSummary(removed),
    deviations,
    ...(baseline ? { baseline: baselineContext(baseline) } : {}),
  };
}
