/**
 * What the 理由 of a declaration in a Word/Excel filing's text may withdraw without being read as a withdrawal: its own
 * item or category. The reason of a declared deviation says why that item is not (or no longer so) published —
 * 暂无信息可公开, 不再另设公开查阅点 — and is not read for withdrawal words. A sentence of it that withdraws and names
 * another item or category (…。招生计划暂不公开。) or the catalogue at large (其余事项暂缓公开) declares nothing about
 * them: the paragraph is read like any other text outside the table.
 */
import type { ResolvedDeclaration } from '../import/declarations.js';
import type { Catalogue } from '../model/index.js';
import { normalizeText } from '../validate/normalize.js';
import { withdrawnPhrase } from '../validate/withdrawn.js';

/** Words that speak of the catalogue or of items at large, not of one item. */
const AT_LARGE = /目录|全部|所有|其他|其它|其余|以上|各项|一律/u;

/**
 * Whether a sentence of the declaration's reason or basis withdraws and names something it does not declare.
 * `rowName`: the name the table's row shows for an item id.
 */
export function withdrawsBeyond(
  d: ResolvedDeclaration,
  baseline: Catalogue,
  rowNames: readonly string[],
  rowName: (id: string) => string | undefined,
): boolean {
  const id = d.target?.split('#')[0] ?? '';
  const category = baseline.categories.find((c) => c.id === id);
  const home = category ?? baseline.categories.find((c) => c.items.some((i) => i.id === id));
  const own = [
    d.declaration.name,
    rowName(id) ?? '',
    ...(home ? [home.name] : []),
    ...(category ? category.items.map((i) => i.name) : (home?.items.filter((i) => i.id === id).map((i) => i.name) ?? [])),
  ]
    .map(normalizeText)
    .filter((n) => n !== '');
  const others = [...baseline.categories.flatMap((c) => [c.name, ...c.items.map((i) => i.name)]), ...rowNames]
    .map(normalizeText)
    .filter((n) => [...n].length >= 2 && !own.some((o) => o.includes(n)));
  const text = `${d.declaration.reason}。${d.declaration.ref ?? ''}`;
  return text.split(/[。；;！!？?\n]/u).some((s) => {
    if (withdrawnPhrase(s) === undefined) return false;
    const n = normalizeText(s);
    return AT_LARGE.test(n) || others.some((o) => n.includes(o));
  });
}
