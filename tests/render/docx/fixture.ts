/** Official documents built from the example catalogues through the real pipeline (check → layout), for the DOCX tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { checkSource } from '../../../src/check/check.js';
import { fsHost } from '../../../src/app/host.js';
import type { LayoutInput, OfficialDocument } from '../../../src/model/index.js';
import { packageRoot, templatesDir } from '../../../src/util/paths.js';
import { findAddedItemIds, layoutFiling, layoutNotice } from '../../../src/render/layout/index.js';

const templates = {
  notice: readFileSync(join(templatesDir, 'notice.hbs'), 'utf8'),
  filing: readFileSync(join(templatesDir, 'filing.hbs'), 'utf8'),
};

/** Check a catalogue (path relative to the package root) and lay it out as `build` does. */
export function layoutInputFor(file: string): LayoutInput {
  const abs = join(packageRoot, file);
  const checked = checkSource(abs, readFileSync(abs), fsHost(packageRoot), { lang: 'zh' });
  const catalogue = checked.resolved;
  if (!catalogue) throw new Error(`${file} did not resolve`);
  return {
    catalogue,
    ...(checked.baseline ? { baseline: checked.baseline } : {}),
    addedItemIds: findAddedItemIds(catalogue, checked.baseline),
    sourceSha256: checked.loaded.sha256,
    date: catalogue.document.date ?? '2020-11-02',
    templates,
  };
}

/** The 印发通知 or 备案报告 of an example catalogue. */
export function officialDocument(file: string, kind: 'notice' | 'filing' = 'notice'): OfficialDocument {
  const input = layoutInputFor(file);
  return kind === 'notice' ? layoutNotice(input) : layoutFiling(input);
}

/** Every item name of the document's table, in order. */
export function itemNames(doc: OfficialDocument): string[] {
  const column = doc.attachment.table.columns.filter((c) => c.key !== 'category').findIndex((c) => c.key === 'item');
  return doc.attachment.table.groups.flatMap((g) => g.rows.map((r) => r.cells[column]?.lines.join('') ?? ''));
}

/** One part of a DOCX as text. */
export function part(docx: Uint8Array, name: string): string {
  const bytes = unzipSync(docx)[name];
  if (!bytes) throw new Error(`no ${name} in the DOCX`);
  return strFromU8(bytes);
}

/** The visible text of a WordprocessingML fragment: its w:t contents joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Every match of an element (no nesting of the same element in what we look at), outer XML. */
export function elements(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g'))].map((m) => m[0]);
}

/** One table cell as the tests see it: its text and its vertical merge, if any. */
export interface CellView {
  readonly text: string;
  readonly vMerge?: 'restart' | 'continue';
}

/** The rows of the first table of `xml`: per row its raw XML and cells. */
export function tableRows(xml: string): { xml: string; cells: CellView[] }[] {
  const table = elements(xml, 'w:tbl')[0] ?? '';
  return elements(table, 'w:tr').map((row) => ({
    xml: row,
    cells: elements(row, 'w:tc').map((tc) => {
      const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc);
      const view: CellView = { text: textOf(tc) };
      return merge ? { ...view, vMerge: (merge[1] ?? 'continue') as 'restart' | 'continue' } : view;
    }),
  }));
}

/** The `w:r` runs whose text is exactly `text`. */
export function runsWithText(xml: string, text: string): string[] {
  return elements(xml, 'w:r').filter((r) => textOf(r) === text);
}
