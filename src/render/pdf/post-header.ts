/**
 * The `post` table's header without its glyph names.
 *
 * When pdfkit embeds a font it reads `post.isFixedPitch` (and fontkit's `italicAngle` reads
 * `post.italicAngle`), but fontkit decodes the whole table on first access, with a name for every glyph:
 * ~26 ms for LXGW WenKai's 30,000 names, once per process, on the critical path of every build. The
 * header is 32 bytes at a fixed layout, so it is read straight from the font's bytes instead.
 */
import type { Font } from 'fontkit';

/** The fields of fontkit's decoded `post` header (fixed-point numbers as fontkit gives them: value / 65536). */
export interface PostHeader {
  readonly version: number;
  readonly italicAngle: number;
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  readonly isFixedPitch: number;
  readonly minMemType42: number;
  readonly maxMemType42: number;
  readonly minMemType1: number;
  readonly maxMemType1: number;
}

const HEADER_BYTES = 32;

/** What fontkit keeps of a parsed font that this needs: the file's bytes and its table directory. */
interface FontInternals {
  readonly stream?: { readonly buffer?: Uint8Array };
  /** fontkit's cache of decoded tables, by tag: what is here is never decoded again. */
  readonly _tables?: Record<string, unknown>;
  readonly directory?: { readonly tables?: Record<string, { readonly offset: number; readonly length: number } | undefined> };
}

/** The header of the font's `post` table, or undefined when there is none (or it is too short). */
export function readPostHeader(font: Font): PostHeader | undefined {
  const internals = font as unknown as FontInternals;
  const entry = internals.directory?.tables?.post;
  const bytes = internals.stream?.buffer;
  if (!entry || !bytes || entry.length < HEADER_BYTES || entry.offset + HEADER_BYTES > bytes.byteLength) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, HEADER_BYTES);
  return {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
}

/**
 * Gives this font object a `post` of the header alone (glyph names are never asked for when embedding):
 * it goes in fontkit's table cache, which the `post` getter reads before decoding anything.
 */
export function useLightPost(font: Font): void {
  // library-patches.ts: fontkit-tables-cache
  const tables = (font as unknown as FontInternals)._tables;
  const header = readPostHeader(font);
  if (header && tables && !('post' in tables)) tables.post = header;
}
