/** The summary table's facts about a checked filing: region, baseline, item counts and declared deviations. */
import { createHash } from 'node:crypto';
import type { Checked } from '../check/check.js';
import type { DocumentType, FiledDocument, FilingFacts } from '../model/filing.js';
import { catalogueLabel, type BaselineRef, type Catalogue } from '../model/index.js';
import { publishedSubject } from '../render/layout/publisher.js';

function label(ref: Pick<BaselineRef, 'id' | 'version'> | undefined): string | undefined {
  return ref ? catalogueLabel(ref) : undefined;
}

function itemIds(c: Catalogue | undefined): string[] {
  return c?.categories.flatMap((cat) => cat.items.map((i) => i.id)) ?? [];
}

const byName = <T extends { readonly name: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/**
 * What two filings of one unit are compared by: each category's and item's name and elements as its documents print
 * them (the 公开主体 too: 卫辉市教育局 for the generic 县级教育行政部门), in name order. Not ids (a hand-made table has
 * none: its added rows are named ID.row-N) nor provenance: a Word table built from the YAML beside it is the same
 * catalogue; any element a reader sees differently makes it another.
 */
function contentKey(catalogue: Catalogue, baseline?: Catalogue): string {
  const shown = byName(catalogue.categories).map((c) => [
    c.name,
    byName(c.items).map((i) => [
      i.name,
      i.content,
      i.basis,
      i.timeLimit,
      publishedSubject(i.subject, catalogue, baseline),
      i.channel,
      [...i.audience].sort(),
      [...i.method].sort(),
      [...i.level].sort(),
      i.note ?? '',
    ]),
  ]);
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}

/** 文号 and 成文日期 of the filed part: a filing report carries filingNumber, a notice number; a source either. */
export function filedDocument(checked: Checked, type: DocumentType, datePainted?: string): FiledDocument {
  const doc = checked.resolved?.document ?? checked.source?.document ?? {};
  const number = type === 'notice' ? doc.number : type === 'filing' ? doc.filingNumber : (doc.filingNumber ?? doc.number);
  const date = doc.date ?? datePainted;
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const n = text(number);
  const d = text(date);
  return { type, ...(n !== undefined ? { number: n } : {}), ...(d !== undefined ? { date: d } : {}) };
}

/** What the table shows; as much as the pipeline got to (a source that does not parse has none of it). */
export function filingFacts(checked: Checked | undefined, document?: FiledDocument): FilingFacts {
  const resolved = checked?.resolved;
  const source = checked?.source;
  if (!checked || !source) return { deviations: [] };
  const baseline = label(resolved?.baseline);
  const root = label(checked.baseline?.baseline ?? resolved?.baseline);
  const kept = new Set(itemIds(resolved));
  const base = itemIds(checked.baseline);
  const counts = checked.result.counts;
  return {
    region: source.region,
    ...(typeof source.issuer === 'string' ? { issuer: source.issuer } : {}),
    ...(typeof (resolved?.title ?? source.title) === 'string' ? { title: String(resolved?.title ?? source.title) } : {}),
    ...(resolved ? { content: contentKey(resolved, checked.baseline) } : {}),
    catalogue: source.id,
    kind: source.kind,
    ...(baseline !== undefined ? { baseline } : {}),
    ...(root !== undefined ? { root } : {}),
    ...(resolved && counts && checked.baseline
      ? { items: { baseline: base.length, added: counts.added, removed: base.filter((id) => !kept.has(id)).length, total: counts.items } }
      : {}),
    deviations: resolved?.deviations ?? source.deviations ?? [],
    ...(document ? { document } : {}),
  };
}
