/** Font files read in part: the table directory, the `name` table, or every table but `glyf` with glyphs read on demand. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { create, type Font } from 'fontkit';

function single(parsed: ReturnType<typeof create>): Font {
  if (parsed === null || 'fonts' in parsed) throw new Error('no single face in font');
  return parsed;
}

/** The table directory of a font file: tag → [offset, length], read into `buffer` (the file's size, zeros elsewhere). */
function readDirectory(fd: number, buffer: Buffer): Map<string, [number, number]> {
  readSync(fd, buffer, 0, Math.min(12, buffer.length), 0);
  const count = buffer.readUInt16BE(4);
  readSync(fd, buffer, 12, Math.min(16 * count, buffer.length - 12), 12);
  const tables = new Map<string, [number, number]>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    tables.set(buffer.toString('latin1', at, at + 4), [buffer.readUInt32BE(at + 8), buffer.readUInt32BE(at + 12)]);
  }
  return tables;
}

/**
 * A TrueType face whose `glyf` table (14 of the 15 MB of Noto Serif SC) is read glyph by glyph, when fontkit
 * makes the glyph's object (every read of a glyph's outline goes through it: metrics, cbox, subsetting,
 * composite parts); every other table is read at once. The bytes fontkit sees for any glyph it touches are
 * the file's, so the PDF is the same. Undefined for a CFF font (its charstrings and subroutines are one table).
 */
export function glyphByGlyphFace(path: string): Font | undefined {
  // library-patches.ts: fontkit-base-glyph
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(fstatSync(fd).size);
  const tables = readDirectory(fd, buffer);
  const glyf = tables.get('glyf');
  if (glyf === undefined || !tables.has('loca')) {
    closeSync(fd);
    return undefined;
  }
  for (const [tag, [offset, length]] of tables) if (tag !== 'glyf') readSync(fd, buffer, offset, length, offset);
  const font = single(create(buffer)) as Font & { loca: { offsets: number[] }; _getBaseGlyph(id: number, chars?: number[]): unknown };
  const offsets = font.loca.offsets;
  const read = new Set<number>();
  const base = font._getBaseGlyph.bind(font);
  // The file stays open while the process may still ask for glyphs (one descriptor per font and process).
  font._getBaseGlyph = (id: number, chars?: number[]) => {
    if (!read.has(id)) {
      read.add(id);
      const start = offsets[id];
      const end = offsets[id + 1];
      if (start !== undefined && end !== undefined && end > start) readSync(fd, buffer, glyf[0] + start, end - start, glyf[0] + start);
    }
    return base(id, chars);
  };
  return font;
}

/**
 * fontkit's face of a file of which only the table directory and the `name` table are read: the rest
 * of the buffer is zeros (not read, and not touched), enough for `postscriptName`, as fontkit reads it.
 */
export function nameOnlyFace(path: string): Font {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(fstatSync(fd).size);
    const name = readDirectory(fd, buffer).get('name');
    if (name !== undefined) readSync(fd, buffer, name[0], name[1], name[0]);
    return single(create(buffer));
  } finally {
    closeSync(fd);
  }
}
