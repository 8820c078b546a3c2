/** verify's own rebuild of a filing from its embedded files, cached per worker (a batch often holds copies of one filing). */
import { createHash } from 'node:crypto';
import type { Checked } from '../check/check.js';
import type { Embedded } from './embedded.js';
import type { FilingManifest } from '../build/manifest.js';
import { readPainting, type Painting } from './paint.js';
import type { FontSet } from '../render/fonts/fonts.js';

export interface RebuildInput {
  readonly checked: Checked;
  readonly manifest: FilingManifest;
  readonly templates: NonNullable<Embedded['templates']>;
  readonly toolVersion: string;
  /** The bureau's trusted font folder (`verify --fonts`); without it, the default fonts. */
  readonly fontsDir?: string;
}

export interface Rebuilt {
  readonly bytes: Uint8Array;
  /** The fonts it was set in. */
  readonly fonts: FontSet;
  /** What a viewer paints of it, read once when first asked. */
  painting(): Promise<Painting>;
}

const CACHE_SIZE = 4;
const cache = new Map<string, Promise<Rebuilt>>();

/** Everything the rebuild depends on. */
function keyOf(input: RebuildInput): string {
  const { checked, manifest, templates } = input;
  const h = createHash('sha256');
  for (const part of [
    checked.loaded.sha256,
    JSON.stringify(checked.resolved),
    JSON.stringify(checked.baseline ?? null),
    templates.notice,
    templates.filing,
    manifest.date,
    String(manifest.undated),
    manifest.part,
    manifest.tool.version,
    String(manifest.zlib),
    String(manifest.render),
    input.toolVersion,
    manifest.fonts.join('\n'),
    input.fontsDir ?? '',
  ]) {
    h.update(part).update('\0');
  }
  return h.digest('hex');
}

/**
 * The part as PDF from the embedded source, templates and date, with the default (or the bureau's trusted)
 * fonts and this render version; the manifest's tool version, zlib, render version and font lines are written as the filing states them,
 * so a genuine filing comes out byte for byte and a false statement changes nothing that is painted.
 */
async function render(input: RebuildInput): Promise<Rebuilt> {
  const { renderCatalogue } = await import('../build/render.js');
  const { loadDefaultFonts } = await import('../render/fonts/fonts.js');
  const { trustedFontSet } = await import('./trusted-fonts.js');
  const { manifest } = input;
  const fonts = input.fontsDir !== undefined ? trustedFontSet(input.fontsDir, manifest.fonts) : loadDefaultFonts();
  const part = manifest.part === 'notice' ? 'notice' : 'filing';
  const out = await renderCatalogue({
    checked: input.checked,
    date: { iso: manifest.date, undated: manifest.undated },
    templates: { ...input.templates, portal: '' },
    selection: { notice: part === 'notice', filing: part === 'filing', html: false, docx: false, pdf: true },
    profile: 'gbt9704',
    toolVersion: manifest.tool.version,
    fontSet: fonts,
    claims: {
      fonts: manifest.fonts,
      ...(manifest.zlib !== undefined ? { zlib: manifest.zlib } : {}),
      ...(manifest.render !== undefined ? { render: manifest.render } : {}),
    },
  });
  const file = out.find((f) => f.name.endsWith(`.${part}.pdf`));
  if (!file || typeof file.bytes === 'string') throw new Error(`no ${part} PDF was rendered`);
  const bytes = file.bytes;
  let painting: Promise<Painting> | undefined;
  return { bytes, fonts, painting: () => (painting ??= readPainting(bytes)) };
}

/** The rebuild for these inputs: from the cache when this worker made it already. */
export function rebuild(input: RebuildInput): Promise<Rebuilt> {
  const key = keyOf(input);
  let hit = cache.get(key);
  if (!hit) {
    hit = render(input);
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  return hit;
}
