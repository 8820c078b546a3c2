/** A local copy of a shipped baseline that differs from it: what differs, in words, for `modified-baseline`. */
import { diffCatalogues, type FieldChange } from '../diff/diff.js';
import { fieldLabel } from '../diff/labels.js';
import type { Catalogue, Lang, Message } from '../model/index.js';

const SHOWN = 3;

/** One change per line of the diff, in one language: `enrollment.plan 的公开时限：甲 → 乙`. */
function describe(shipped: Catalogue, local: Catalogue, lang: Lang): string[] {
  const d = diffCatalogues(shipped, local, 'shipped', 'local');
  const zh = lang === 'zh';
  const field = (id: string, c: FieldChange): string => {
    const what = zh ? `${id} 的${fieldLabel(lang, c.field)}` : `${fieldLabel(lang, c.field)} of ${id}`;
    const change =
      c.added || c.removed
        ? [...(c.removed ?? []).map((x) => `−${x}`), ...(c.added ?? []).map((x) => `+${x}`)].join(zh ? '、' : ', ')
        : `${c.old ?? ''} → ${c.new ?? ''}`;
    return `${what}${zh ? '：' : ': '}${change}`;
  };
  return [
    ...d.categories.removed.map((c) => (zh ? `少了一级事项 ${c.id}` : `category ${c.id} missing`)),
    ...d.categories.added.map((c) => (zh ? `多了一级事项 ${c.id}` : `extra category ${c.id}`)),
    ...d.categories.renamed.map((c) => (zh ? `一级事项 ${c.id} 的名称：${c.old} → ${c.new}` : `name of category ${c.id}: ${c.old} → ${c.new}`)),
    ...d.items.removed.map((i) => (zh ? `少了二级事项 ${i.id}` : `item ${i.id} missing`)),
    ...d.items.added.map((i) => (zh ? `多了二级事项 ${i.id}` : `extra item ${i.id}`)),
    // What the copy takes away comes first: that is what would weaken a county's check.
    ...d.items.changed.flatMap((i) => i.changes.filter((c) => (c.removed ?? []).length > 0).map((c) => field(i.id, c))),
    ...d.items.changed.flatMap((i) => i.changes.filter((c) => (c.removed ?? []).length === 0).map((c) => field(i.id, c))),
  ];
}

/** The differences in zh and en (the first few, then how many more), or undefined when the two resolve alike. */
export function baselineCopyDifferences(shipped: Catalogue, local: Catalogue): { differences: Message } | undefined {
  const zh = describe(shipped, local, 'zh');
  if (zh.length === 0) return undefined;
  const en = describe(shipped, local, 'en');
  const more = zh.length - SHOWN;
  return {
    differences: {
      zh: zh.slice(0, SHOWN).join('；') + (more > 0 ? `；另有 ${more} 处` : ''),
      en: en.slice(0, SHOWN).join('; ') + (more > 0 ? `; ${more} more` : ''),
    },
  };
}
