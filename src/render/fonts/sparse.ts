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
  // The directory first: a CFF font is read whole by the caller, so no buffer of its size is made and dropped here.
  const size = fstatSync(fd).size;
  const header = Buffer.alloc(12);
  readSync(fd, header, 0, 12, 0);
  const probe = readDirectory(fd, Buffer.alloc(Math.min(size, 12 + 16 * header.readUInt16BE(4))));
  const glyf = probe.get('glyf');
  if (glyf === undefined || !probe.has('loca')) {
    closeSync(fd);
    return undefined;
  }
  const buffer = Buffer.alloc(size);
  const tables = readDirectory(fd, buffer);
  for (const [tag, [offset, length]] of tables) if (tag !== 'glyf') readSync(fd, buffer, offset, length, offset);
  const font = single(create(buffer)) as Font & { loca: { offsets: number[] }; _getBaseGlyph(id: number, chars?: number[]): unknown };
  useQuickLoca(font, buffer, tables.get('loca')!);
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
 * Puts in fontkit's table cache the `loca` it would decode, read straight from the bytes: fontkit decodes the
 * 65,536 offsets of Noto Serif SC one by one through restructure (~9 ms a font, every build). The same object:
 * the format of `head`, the offsets (format 0 stores half of each, which fontkit doubles and marks
 * `_processed`). Left to fontkit when the table's length is not a whole number of offsets.
 */
function useQuickLoca(font: Font, buffer: Buffer, [offset, length]: [number, number]): void {
  // library-patches.ts: fontkit-tables-cache
  const internals = font as unknown as { _tables?: Record<string, unknown>; head?: { indexToLocFormat?: number } };
  const version = internals.head?.indexToLocFormat;
  const size = version === 0 ? 2 : 4;
  if (internals._tables === undefined || (version !== 0 && version !== 1) || length % size !== 0) return;
  const offsets = new Array<number>(length / size);
  for (let i = 0; i < offsets.length; i++) offsets[i] = version === 0 ? buffer.readUInt16BE(offset + 2 * i) * 2 : buffer.readUInt32BE(offset + 4 * i);
  internals._tables.loca = version === 0 ? { version, offsets, _processed: true } : { version, offsets };
}

/**
 * fontkit's face of a file of which only the table directory and the `name` table are read, enough for
 * `postscriptName` as fontkit reads it: a small font made of the file's header and its `name` table alone.
 * Not a buffer of the file's size with zeros elsewhere: freeing a 15 MB buffer raised glibc's mmap threshold
 * to 15 MB for the rest of the process, and verify's workers then kept ~60 MB more of freed memory each.
 */
export function nameOnlyFace(path: string): Font {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(12);
    readSync(fd, head, 0, 12, 0);
    const count = head.readUInt16BE(4);
    const records = Buffer.alloc(16 * count);
    readSync(fd, records, 0, records.length, 12);
    let name: Buffer | undefined;
    for (let i = 0; i < count && name === undefined; i++) {
      const at = 16 * i;
      if (records.toString('latin1', at, at + 4) !== 'name') continue;
      const offset = records.readUInt32BE(at + 8);
      name = Buffer.alloc(records.readUInt32BE(at + 12));
      readSync(fd, name, 0, name.length, offset);
    }
    const tables = name === undefined ? 0 : 1;
    const font = Buffer.alloc(12 + 16 * tables + (name?.length ?? 0));
    head.copy(font, 0, 0, 4); // the sfnt version: TrueType or OTTO
    font.writeUInt16BE(tables, 4); // searchRange, entrySelector and rangeShift stay 0: fontkit does not read them
    if (name !== undefined) {
      font.write('name', 12, 'latin1');
      font.writeUInt32BE(12 + 16, 12 + 8);
      font.writeUInt32BE(name.length, 12 + 12);
      name.copy(font, 12 + 16);
    }
    return single(create(font));
  } finally {
    closeSync(fd);
  }
}
