/** Test helper: a catalogue file through check and layoutPortal to the PortalPage, and the shipped template. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../../../src/check/check.js';
import { fsHost } from '../../../src/app/host.js';
import type { PortalPage } from '../../../src/model/index.js';
import { findAddedItemIds, layoutPortal } from '../../../src/render/layout/index.js';

export const repoRoot = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');
export const fixture = (name: string): string => join(repoRoot, 'tests', 'render', 'html', 'fixtures', name);
export const example = (rel: string): string => join(repoRoot, 'catalogues', rel);

/** The shipped templates/portal.hbs. */
export const portalTemplate = (): string => readFileSync(join(repoRoot, 'templates', 'portal.hbs'), 'utf8');

/** Resolve `abs` and lay it out as the portal page; the date falls back to a fixed one, as SOURCE_DATE_EPOCH would. */
export function portalPageOf(abs: string): PortalPage {
  const checked = checkSource(abs, readFileSync(abs), fsHost(repoRoot), { lang: 'zh' });
  const catalogue = checked.resolved;
  if (!catalogue) throw new Error(`${abs} did not resolve: ${JSON.stringify(checked.result.diagnostics)}`);
  return layoutPortal({
    catalogue,
    ...(checked.baseline ? { baseline: checked.baseline } : {}),
    addedItemIds: findAddedItemIds(catalogue, checked.baseline),
    sourceSha256: checked.loaded.sha256,
    date: catalogue.document.date ?? '2020-10-26',
    templates: { notice: '', filing: '' },
  });
}
