#!/usr/bin/env node
/** The SHA-256 of every output of the shipped examples, with the render version: `npm run golden` records them. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
export const GOLDEN_FILE = join(root, 'tests', 'render', 'golden', 'outputs.json');
/** The tool version written into the PDFs here: fixed, so a release alone changes no hash. */
const TOOL_VERSION = 'golden';

/** The shipped examples: catalogues/*.yaml and catalogues/schools/*.yaml (the municipal baseline is among the parents). */
function examples() {
  const list = (dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join(dir, f));
  return [...list('catalogues'), ...list('catalogues/schools'), ...list('catalogues/xinxiang')];
}

/** Every output (DOCX, PDF, HTML) of every example, built as `catalog build` does, with its SHA-256. */
export async function currentOutputs() {
  const { checkSource } = await import('../lib/check/check.js');
  const { fsHost } = await import('../lib/app/host.js');
  const { documentDate } = await import('../lib/build/date.js');
  const { renderCatalogue } = await import('../lib/build/render.js');
  const { RENDER_VERSION } = await import('../lib/render/version.js');
  const read = (name) => readFileSync(join(root, 'templates', name), 'utf8');
  const templates = { notice: read('notice.hbs'), filing: read('filing.hbs'), portal: read('portal.hbs') };
  const selection = { notice: true, filing: true, html: true, docx: true, pdf: true };
  const files = {};
  for (const rel of examples()) {
    const abs = join(root, rel);
    const checked = checkSource(abs, readFileSync(abs), fsHost(root), { lang: 'zh' });
    if (!checked.resolved) throw new Error(`${rel} does not resolve`);
    const date = documentDate(checked.resolved.document.date, '1767225600');
    const out = await renderCatalogue({ checked, date, templates, selection, profile: 'gbt9704', toolVersion: TOOL_VERSION });
    for (const f of out) files[`${rel.replace(/\.yaml$/, '')}/${f.name}`] = createHash('sha256').update(f.bytes).digest('hex');
  }
  return { renderVersion: RENDER_VERSION, zlib: process.versions.zlib ?? 'unknown', files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outputs = await currentOutputs();
  writeFileSync(GOLDEN_FILE, JSON.stringify(outputs, null, 2) + '\n');
  console.log(`recorded ${Object.keys(outputs.files).length} outputs for render version ${outputs.renderVersion} in ${GOLDEN_FILE}`);
}
