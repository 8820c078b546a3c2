/**
 * Makes a packed DOCX byte-identical for the same input: docx stamps the wall clock into core.xml and
 * into every zip entry, so both are rewritten from the document's own date, in a stable entry order.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Zip entry time: DOS timestamps have no zone, and fflate reads a Date's local components, so a Date
 * built from local components gives the same bytes in every time zone.
 */
const ZIP_MTIME = (): Date => new Date(1980, 0, 1, 0, 0, 0);

/** `[Content_Types].xml` first (readers sniff it), then the rest by name. */
function entryOrder(a: string, b: string): number {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** core.xml's dcterms:created and dcterms:modified become midnight UTC of the 成文日期. */
export function fixCoreDates(xml: string, isoDate: string): string {
  const stamp = `${isoDate}T00:00:00Z`;
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/** Edits of parts' XML that docx cannot express, by part name. */
export type PartEdits = Readonly<Record<string, (xml: string) => string>>;

/** Re-zip `packed` deterministically, with the core properties dated `isoDate` (YYYY-MM-DD) and `edits` applied. */
export function normalizeDocx(packed: Uint8Array, isoDate: string, edits: PartEdits = {}): Uint8Array {
  return zipParts(unzipSync(packed), isoDate, edits);
}

/** Zip a package's parts (path → bytes) deterministically, with the core dates and `edits` applied. */
export function zipParts(files: Readonly<Record<string, Uint8Array>>, isoDate: string, edits: PartEdits = {}): Uint8Array {
  const all: PartEdits = { ...edits, 'docProps/core.xml': (xml) => fixCoreDates(xml, isoDate) };
  const mtime = ZIP_MTIME();
  const out: Zippable = {};
  for (const name of Object.keys(files).sort(entryOrder)) {
    const bytes = files[name] as Uint8Array;
    const edit = all[name];
    out[name] = [edit ? strToU8(edit(strFromU8(bytes))) : bytes, { mtime }];
  }
  return zipSync(out, { level: 6 });
}
