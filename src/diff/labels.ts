/** The words shared by the diff formatters: element names, the two sides, `old → new`. */
import type { Lang } from '../model/index.js';
import type { FieldChange, ItemRef, SideInfo } from './diff.js';
import { tr, type AuthoringTextId } from '../messages/authoring.js';

export const fieldLabel = (lang: Lang, field: FieldChange['field']): string => tr(lang, `field.${field}` as AuthoringTextId);

/** A side of the comparison in one line: `file（id，版本 v）`. */
export function sideLabel(lang: Lang, s: SideInfo): string {
  const parts = [s.id, ...(s.version !== null ? [tr(lang, 'diff.version', { version: s.version })] : [])];
  return lang === 'zh' ? `${s.file}（${parts.join('，')}）` : `${s.file} (${parts.join(', ')})`;
}

/** A text change as `old → new`, with （无） for a missing side. */
export function arrow(lang: Lang, c: FieldChange): string {
  return `${c.old ?? tr(lang, 'empty')} → ${c.new ?? tr(lang, 'empty')}`;
}

export function categoryOf(lang: Lang, r: ItemRef): string {
  return tr(lang, 'detail.in', { category: lang === 'zh' ? `${r.categoryName}（${r.category}）` : `${r.categoryName} (${r.category})` });
}
