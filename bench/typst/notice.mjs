/**
 * The Typst peer of the notice PDF: `node bench/typst/notice.mjs CATALOGUE.yaml OUT_DIR [PACKAGE_ROOT]` writes
 * OUT_DIR/notice.typ (the 印发通知 from the same resolved catalogue and layout blocks the PDF painter uses,
 * GB/T 9704 page geometry, a landscape 附件 table with merged 一级事项 cells and repeated header rows), the
 * files the PDF attaches (OUT_DIR/files/) and links to the same font files (OUT_DIR/fonts/).
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { typstNotice } from './typst-source.mjs';

const [source, outDir, rootArg] = process.argv.slice(2);
if (!source || !outDir) {
  process.stderr.write('usage: node bench/typst/notice.mjs CATALOGUE.yaml OUT_DIR [PACKAGE_ROOT]\n');
  process.exit(2);
}
const root = resolve(rootArg ?? fileURLToPath(new URL('../..', import.meta.url)));
const lib = (p) => import(pathToFileURL(join(root, 'lib', p)).href);
/** A module by its current path, or by its path before the #17 layout (an older PACKAGE_ROOT in an A/B run). */
const moved = (now, before) =>
  lib(now).catch((e) => {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    return lib(before);
  });
const [{ checkSource }, { fsHost }, layout, { documentDate }, manifest] = await Promise.all([
  lib('check/check.js'),
  moved('app/host.js', 'cli/io.js'),
  lib('render/layout/index.js'),
  lib('build/date.js'),
  moved('build/manifest.js', 'filing/manifest.js'),
]);
const portableCatalogue = manifest.portableCatalogue ?? (await lib('build/render.js')).portableCatalogue;

const path = resolve(source);
const checked = checkSource(path, readFileSync(path), fsHost(process.cwd()), { lang: 'zh' });
const catalogue = checked.resolved;
if (!catalogue) throw new Error(`${source} did not resolve`);
const templates = Object.fromEntries(['notice', 'filing'].map((t) => [t, readFileSync(join(root, 'templates', `${t}.hbs`), 'utf8')]));
const date = documentDate(catalogue.document.date, undefined);
const input = layout.layoutInputOf({ catalogue, baseline: checked.baseline, sourceSha256: checked.loaded.sha256 }, date, templates);
const doc = layout.layoutNotice(input);

// The files the notice PDF attaches (src/build/pdf.ts): source, parents, resolved catalogue, templates, manifest.
const files = join(outDir, 'files');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(files, { recursive: true });
const parents = (checked.parents ?? []).filter((p) => !p.reference && !p.file.startsWith('shipped:'));
const attachments = [
  { name: `${catalogue.id}.yaml`, bytes: checked.loaded.bytes, mime: 'application/yaml', description: '目录源文件 (catalogue source)', rel: 'source' },
  ...parents.map((p, i) => ({ name: `parent-${i + 1}.yaml`, bytes: p.bytes, mime: 'application/yaml', description: '上级目录', rel: 'source' })),
  {
    name: `${catalogue.id}${manifest.RESOLVED_SUFFIX}`,
    bytes: JSON.stringify(portableCatalogue(catalogue), null, 2) + '\n',
    mime: 'application/json',
    description: '合并后的完整目录 (resolved catalogue)',
    rel: 'data',
  },
  { name: manifest.TEMPLATE_NAMES.notice, bytes: templates.notice, mime: 'text/plain', description: '印发通知正文模板', rel: 'source' },
  { name: manifest.TEMPLATE_NAMES.filing, bytes: templates.filing, mime: 'text/plain', description: '备案报告正文模板', rel: 'source' },
  {
    name: manifest.MANIFEST_NAME,
    bytes:
      JSON.stringify(
        { format: 'catalog-filing', version: 1, part: 'notice', date: date.iso, source: { name: `${catalogue.id}.yaml`, sha256: checked.loaded.sha256 } },
        null,
        2,
      ) + '\n',
    mime: 'application/json',
    description: '生成清单 (build manifest)',
    rel: 'data',
  },
];
for (const a of attachments) writeFileSync(join(files, a.name), a.bytes);

// The same font files the PDF embeds (src/render/fonts/fonts.ts), and only those: Typst scans the folder.
const fonts = join(outDir, 'fonts');
mkdirSync(fonts);
const require = createRequire(join(root, 'package.json'));
const serif = '@expo-google-fonts/noto-serif-sc';
for (const f of [
  require.resolve(`${serif}/400Regular/NotoSerifSC_400Regular.ttf`),
  require.resolve(`${serif}/700Bold/NotoSerifSC_700Bold.ttf`),
  join(dirname(dirname(require.resolve('@embedpdf/fonts-sc'))), 'fonts', 'NotoSansHans-Regular.otf'),
  join(root, 'lib', 'fonts', 'lxgw-wenkai-latin-500-normal.ttf'),
])
  symlinkSync(f, join(fonts, f.split('/').pop()));

writeFileSync(
  join(outDir, 'notice.typ'),
  typstNotice(
    doc,
    attachments.map((a) => ({ ...a, path: `files/${a.name}` })),
  ),
);
