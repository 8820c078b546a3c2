/** The summary table's facts about a checked filing: region, baseline, item counts and declared deviations. */
import { createHash } from 'node:crypto';
import type { Checked } from '../check/check.js';
import type { DocumentType, FiledDocument, FilingFacts } from '../model/filing.js';
import { catalogueLabel, type BaselineRef, type Catalogue } from '../model/index.js';

function label(ref: Pick<BaselineRef, 'id' | 'version'> | undefined): string | undefined {
  return ref ? catalogueLabel(ref) : undefined;
}

function itemIds(c: Catalogue | undefined): string[] {
  return c?.categories.flatMap((cat) => cat.items.map((i) => i.id)) ?? [];
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
    ...(resolved ? { content: createHash('sha256').update(JSON.stringify(resolved.categories)).digest('hex') } : {}),
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
