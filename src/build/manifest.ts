/** What a PDF carries besides its pages: the manifest and the names of the embedded files (build ↔ verify contract). */
import type { Catalogue, CatalogueKind } from '../model/index.js';

export const MANIFEST_NAME = 'manifest.json';
export const RESOLVED_SUFFIX = '.resolved.json';

/** The resolved catalogue as embedded (RESOLVED_SUFFIX) and hashed: without where the baseline file happened to lie. */
export function portableCatalogue(c: Catalogue): Catalogue {
  if (!c.baseline) return c;
  const { file: _file, ...baseline } = c.baseline;
  return { ...c, baseline: baseline as Catalogue['baseline'] & object };
}
export const TEMPLATE_NAMES = { notice: 'notice.hbs', filing: 'filing.hbs' } as const;

/** A baseline as the manifest names it. */
export interface ManifestBaseline {
  readonly id: string;
  readonly version?: string;
  readonly sha256: string;
}

/** A catalogue file the source extends by a path (a school's county file): embedded so it can be rebuilt. */
interface ManifestParent {
  /** The attachment's name. */
  readonly name: string;
  /** Its path relative to the source file's folder, forward slashes (what `extends` resolves to). */
  readonly path: string;
  readonly sha256: string;
}

/** manifest.json: everything needed to rebuild the PDF from its embedded files and judge the result. */
export interface FilingManifest {
  readonly format: 'catalog-filing';
  readonly version: 1;
  readonly tool: { readonly name: 'catalog'; readonly version: string };
  /** The render version (src/render/version.ts) that painted the pages; absent before render versions existed. */
  readonly render?: number;
  readonly part: 'notice' | 'filing';
  readonly date: string;
  readonly undated: boolean;
  readonly catalogue: { readonly id: string; readonly kind: CatalogueKind; readonly region: string; readonly title: string };
  readonly source: { readonly name: string; readonly sha256: string };
  readonly parents: readonly ManifestParent[];
  /** What the source extends directly. */
  readonly baseline: ManifestBaseline | null;
  /** The municipal baseline at the end of the chain (the one the bureau compares with its own). */
  readonly root: ManifestBaseline | null;
  readonly templates: { readonly notice: string; readonly filing: string };
  readonly fonts: readonly string[];
  /**
   * The zlib build that compressed the PDF's streams (Node's `process.versions.zlib`): another zlib
   * compresses the same content to other bytes. Absent in filings made before 0.1.1.
   */
  readonly zlib?: string;
}

/** Parse and sanity-check a manifest; undefined when it is not one of ours. */
export function parseManifest(bytes: Uint8Array): FilingManifest | undefined {
  try {
    const m = JSON.parse(new TextDecoder().decode(bytes)) as Partial<FilingManifest>;
    if (m.format !== 'catalog-filing' || m.version !== 1 || !m.source?.name || !m.tool?.version) return undefined;
    // verify reads these without further checks: a manifest that gets them wrong is not one of ours.
    const strings = [m.source.name, m.tool.version, m.date, m.part];
    if (strings.some((v) => typeof v !== 'string') || !Array.isArray(m.parents) || !Array.isArray(m.fonts) || m.fonts.some((f) => typeof f !== 'string'))
      return undefined;
    if (m.parents.some((p) => typeof p?.name !== 'string' || typeof p.path !== 'string')) return undefined;
    if (m.zlib !== undefined && typeof m.zlib !== 'string') return undefined;
    if (m.render !== undefined && !Number.isInteger(m.render)) return undefined;
    return m as FilingManifest;
  } catch {
    return undefined;
  }
}
