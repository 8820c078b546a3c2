/** The PDF part of a build: fonts, the embedded source/parents/resolved/templates/manifest, and the Info keys. */
import { dirname, resolve } from 'node:path';
import { sha256Hex } from '../load/load.js';
import { catalogueLabel, type OfficialDocument } from '../model/index.js';
import { MANIFEST_NAME, portableCatalogue, RESOLVED_SUFFIX, TEMPLATE_NAMES, type FilingManifest, type ManifestBaseline } from './manifest.js';
import { RENDER_VERSION } from '../render/version.js';
import type { OutputFile, RenderRequest } from './render.js';
import { relativeSlashed } from '../util/shown-path.js';

const enc = new TextEncoder();

function ref(b: { id: string; version?: string; sha256: string } | undefined): ManifestBaseline | null {
  return b ? { id: b.id, ...(b.version !== undefined ? { version: b.version } : {}), sha256: b.sha256 } : null;
}

export async function renderPdfFiles(docs: readonly [string, OfficialDocument][], req: RenderRequest): Promise<OutputFile[]> {
  const { renderPdf } = await import('../render/pdf/index.js');
  const fontsModule = await import('../render/fonts/fonts.js');
  const fonts = req.fontSet ?? (req.fontsDir ? fontsModule.loadFontsFromDir(req.fontsDir) : fontsModule.loadDefaultFonts());
  const { checked } = req;
  const catalogue = checked.resolved;
  if (!catalogue) throw new Error('renderPdfFiles needs a resolved catalogue');
  const sourceName = `${catalogue.id}.yaml`;
  const sourceDir = dirname(resolve(checked.result.file));
  const embeddedParents = (checked.parents ?? []).filter((p) => !p.reference && !p.file.startsWith('shipped:'));
  const parents = embeddedParents.map((p, i) => ({
    name: `parent-${i + 1}.yaml`,
    path: relativeSlashed(sourceDir, resolve(p.file)),
    sha256: p.sha256,
    bytes: p.bytes,
  }));
  const root = checked.baseline?.baseline ?? catalogue.baseline;
  const out: OutputFile[] = [];
  const { zlib, render } = req.claims ?? { zlib: process.versions.zlib ?? 'unknown', render: RENDER_VERSION };
  for (const [part, doc] of docs) {
    const manifest: FilingManifest = {
      format: 'catalog-filing',
      version: 1,
      tool: { name: 'catalog', version: req.toolVersion },
      ...(render !== undefined ? { render } : {}),
      part: part === 'notice' ? 'notice' : 'filing',
      date: req.date.iso,
      undated: req.date.undated,
      catalogue: { id: catalogue.id, kind: catalogue.kind, region: catalogue.region, title: catalogue.title },
      source: { name: sourceName, sha256: checked.loaded.sha256 },
      parents: parents.map(({ name, path, sha256 }) => ({ name, path, sha256 })),
      baseline: ref(catalogue.baseline),
      root: ref(root),
      templates: { notice: sha256Hex(req.templates.notice), filing: sha256Hex(req.templates.filing) },
      fonts: req.claims?.fonts ?? fontsModule.describeFonts(fonts),
      ...(zlib !== undefined ? { zlib } : {}),
    };
    const attachments = [
      {
        name: sourceName,
        bytes: checked.loaded.bytes,
        mime: 'application/yaml',
        description: '目录源文件 (catalogue source)',
        relationship: 'Source' as const,
      },
      ...parents.map((p) => ({ name: p.name, bytes: p.bytes, mime: 'application/yaml', description: `上级目录 ${p.path}`, relationship: 'Source' as const })),
      {
        name: `${catalogue.id}${RESOLVED_SUFFIX}`,
        bytes: enc.encode(JSON.stringify(portableCatalogue(catalogue), null, 2) + '\n'),
        mime: 'application/json',
        description: '合并后的完整目录 (resolved catalogue)',
        relationship: 'Data' as const,
      },
      {
        name: TEMPLATE_NAMES.notice,
        bytes: enc.encode(req.templates.notice),
        mime: 'text/plain',
        description: '印发通知正文模板',
        relationship: 'Source' as const,
      },
      {
        name: TEMPLATE_NAMES.filing,
        bytes: enc.encode(req.templates.filing),
        mime: 'text/plain',
        description: '备案报告正文模板',
        relationship: 'Source' as const,
      },
      {
        name: MANIFEST_NAME,
        bytes: enc.encode(JSON.stringify(manifest, null, 2) + '\n'),
        mime: 'application/json',
        description: '生成清单 (build manifest)',
        relationship: 'Data' as const,
      },
    ];
    const info: Record<string, string> = {
      CatalogueId: catalogue.id,
      SourceSHA256: checked.loaded.sha256,
      BaselineSHA256: root?.sha256 ?? '',
      Baseline: root ? catalogueLabel(root) : '',
      ToolVersion: `catalog ${req.toolVersion}`,
      ...(render !== undefined ? { RenderVersion: String(render) } : {}),
      Fonts: manifest.fonts.join('; '),
    };
    out.push({ name: `${catalogue.id}.${part}.pdf`, bytes: await renderPdf(doc, { fonts, attachments, info }) });
  }
  return out;
}
