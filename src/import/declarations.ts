/**
 * Declared deviations as a 备案报告 prints them (templates/filing.hbs, 三、调整事项), read back from the text outside
 * a hand-made table: "（一）未列入二级事项“民办学校日常监督信息”。理由：……。依据：……。". A paragraph in that form
 * is what the bureau reads as a declaration, so it is one: the same `deviations:` entry it was printed from.
 */
import { DOCUMENT_LABELS, ELEMENT_LABELS, type Catalogue } from '../model/index.js';
import { normalizeText } from '../validate/normalize.js';

/** One declaration paragraph, as written (names, not ids). */
export interface Declaration {
  /** The paragraph as the document shows it (a heading and its 理由/依据 paragraphs joined). */
  readonly text: string;
  /** The paragraphs it was read from: one, or a heading line followed by its 理由 (and 依据) paragraphs. */
  readonly paragraphs: readonly string[];
  /** 未列入 (left out) or 调整 (changed). */
  readonly action: 'omit' | 'change';
  /** 一级事项, 二级事项, or a bare target ("调整“enrollment.plan”", what the report prints for an id it cannot name). */
  readonly level: 'category' | 'item' | 'raw';
  readonly name: string;
  /** The element changed (…的公开渠道和载体), undefined for the whole item (…的公开要素) or a category. */
  readonly field?: string;
  /** The element's words when they name no element ("…的公开范围"): the declaration covers nothing. */
  readonly unknownField?: string;
  readonly reason: string;
  readonly ref?: string;
}

/** A declaration and the `deviations:` target it names, or none when the name is neither in the table nor the baseline. */
export interface ResolvedDeclaration {
  readonly declaration: Declaration;
  readonly target?: string;
  /**
   * Why a declaration that names something declares nothing: `listed`, a 未列入 declaration of an item or category the
   * table lists (it names no omission); `id`, an item or category named by its id (调整“overview”), which the report
   * prints only for an id that names nothing: a reader does not read it as the item.
   */
  readonly void?: 'listed' | 'id';
}

/** 要素 words → element key: the documents' words (公开渠道和载体) and the guideline's (公开渠道), 备注. */
const FIELDS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(ELEMENT_LABELS).map(([key, label]) => [label.zh, key] as const),
  ...Object.entries(DOCUMENT_LABELS).map(([key, label]) => [label, key] as const),
  ['名称', 'name'],
]);

const TARGET = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*(#(name|content|basis|timeLimit|subject|channel|audience|method|level|note))?$/;

/** （一） 1. 1、 一、 (1) — the numbering a list of declarations is written with (Word's own numbering is not text). */
const NUMBER = String.raw`(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[一二三四五六七八九十]+、)?`;
/**
 * A name in quotes, which may itself hold quotes (““双减”工作情况”): up to the closing quote the sentence goes on after.
 * At most 80 characters (names are short), so only so many quotes are tried as the closing one: the match stays linear.
 */
const QUOTED = String.raw`[“"「](.{1,80}?)[”"」](?=的|[。.]| ?理由)`;
// Whitespace is one space by the time this runs, no two optional spaces or lazy groups meet, and the name and element
// words are bounded: linear on any text (tests/import/declarations.test.ts).
const FORM = new RegExp(
  String.raw`^${NUMBER} ?(?:(未列入|调整)(一级事项|二级事项)${QUOTED}(?:的([^。.]{1,20}?))?|调整${QUOTED})[。.]? ?理由[:：]((?:(?!依据[:：]).)*?)(?:[。.]? ?依据[:：]([^。]*))?[。.]?$`,
  'u',
);

/** The paragraph read as a declaration, or undefined when it is not one in the printed form (the whole paragraph). */
export function readDeclaration(text: string): Declaration | undefined {
  const m = FORM.exec(
    text
      .replace(/\p{Cf}+/gu, '')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
  if (!m) return undefined;
  const [, action, level, name, fieldWords, raw, rawReason = '', ref] = m;
  const reason = rawReason.trim();
  const refPart = ref === undefined || ref.trim() === '' ? {} : { ref: ref.trim() };
  if (raw !== undefined) return { text, paragraphs: [text], action: 'change', level: 'raw', name: raw.trim(), reason, ...refPart };
  const base = {
    text,
    paragraphs: [text],
    action: action === '未列入' ? 'omit' : 'change',
    level: level === '一级事项' ? 'category' : 'item',
    name: (name ?? '').trim(),
  } as const;
  // 未列入 is about the whole item or category; only 调整二级事项 names an element.
  if (fieldWords === undefined || base.action === 'omit' || base.level === 'category')
    return fieldWords === undefined ? { ...base, reason, ...refPart } : undefined;
  const words = fieldWords.trim();
  if (words === '公开要素') return { ...base, reason, ...refPart };
  const field = FIELDS.get(words);
  return { ...base, ...(field === undefined ? { unknownField: words } : { field }), reason, ...refPart };
}

/**
 * Every declaration among the texts outside the table, once each: a paragraph, or a heading line whose 理由 (and 依据)
 * follow as paragraphs of their own. Texts in `shownOtherwise` (a frame, a field's result) are never part of one.
 */
export function readDeclarations(prose: readonly string[], shownOtherwise: ReadonlySet<string> = new Set()): Declaration[] {
  const seen = new Set<string>();
  const out: Declaration[] = [];
  for (let i = 0; i < prose.length; i++) {
    const text = prose[i] ?? '';
    if (seen.has(text) || shownOtherwise.has(text)) continue;
    let parts = [text];
    let d = readDeclaration(text);
    const next = (k: number, word: string): string | undefined => {
      const p = prose[k];
      return p !== undefined && !shownOtherwise.has(p) && p.trim().startsWith(word) ? p : undefined;
    };
    const reason = d === undefined ? next(i + 1, '理由') : undefined;
    if (reason !== undefined) {
      const ref = next(i + 2, '依据');
      parts = ref === undefined ? [text, reason] : [text, reason, ref];
      d = readDeclaration(parts.join(''));
      // A 依据 paragraph that does not fit (more after it) leaves the heading and 理由 alone.
      if (d === undefined && ref !== undefined) {
        parts = [text, reason];
        d = readDeclaration(parts.join(''));
      }
    }
    if (d === undefined) continue;
    for (const p of parts) seen.add(p);
    out.push({ ...d, paragraphs: parts });
    i += parts.length - 1;
  }
  return out;
}

/**
 * The target a declaration names. An item changed is looked up among the table's rows (`rows`: id → the name its row
 * shows) and then the baseline; an item or category left out in the baseline. A name found in neither, or words that
 * name no element, give no target: the declaration covers nothing (verify reports it as unused-deviation). So does a
 * 未列入 declaration of an item or category the table lists (`present`): as a deviations: entry its target would cover
 * every change to what is listed, while the reader reads that nothing of it is listed, not what was changed.
 */
export function resolveDeclaration(
  d: Declaration,
  baseline: Catalogue,
  rows: ReadonlyMap<string, string>,
  present: ReadonlySet<string> = new Set(),
): ResolvedDeclaration {
  const key = normalizeText(d.name);
  const byName = <T extends { readonly id: string; readonly name: string }>(list: readonly T[]): string | undefined =>
    list.find((x) => normalizeText(x.name) === key)?.id;
  if (d.level === 'raw') {
    if (!TARGET.test(d.name)) return { declaration: d };
    const id = d.name.split('#')[0] ?? '';
    const known = rows.has(id) || baseline.categories.some((c) => c.id === id || c.items.some((i) => i.id === id));
    return known ? { declaration: d, void: 'id' } : { declaration: d, target: d.name };
  }
  if (d.level === 'category') {
    const id = byName(baseline.categories);
    if (id !== undefined && d.action === 'omit' && present.has(id)) return { declaration: d, void: 'listed' };
    return id === undefined ? { declaration: d } : { declaration: d, target: id };
  }
  const shown = d.action === 'change' ? [...rows].find(([, name]) => normalizeText(name) === key)?.[0] : undefined;
  const id = shown ?? byName(baseline.categories.flatMap((c) => c.items));
  if (id === undefined || d.unknownField !== undefined) return { declaration: d };
  if (d.action === 'omit' && present.has(id)) return { declaration: d, void: 'listed' };
  return { declaration: d, target: d.field === undefined ? id : `${id}#${d.field}` };
}
