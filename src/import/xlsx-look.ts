/** What Excel shows of a cell: hidden rows and columns, white or background-coloured font, tiny type, ;;; number formats. */
import { sameColour } from './docx-look.js';
import type { HiddenHow } from './grid.js';

interface Colour {
  readonly argb?: string;
  readonly theme?: number;
}
interface Font {
  readonly color?: Colour;
  readonly size?: number;
  readonly strike?: boolean;
}
/** The parts of an exceljs cell this reads. */
export interface LookCell {
  readonly numFmt?: string;
  readonly font?: Font;
  readonly fill?: { readonly type?: string; readonly pattern?: string; readonly fgColor?: Colour };
  readonly value?: unknown;
}

/** An RGB hex of an exceljs colour; theme 0 (lt1/bg1) is white, theme 1 (dk1) black in every stock theme. */
function hex(c: Colour | undefined): string | undefined {
  if (c?.argb && /^[0-9A-Fa-f]{8}$/.test(c.argb)) return c.argb.slice(2).toUpperCase();
  if (c?.theme === 0) return 'FFFFFF';
  if (c?.theme === 1) return '000000';
  return undefined;
}

/** A number format whose every section is empty (;;; and the like): Excel shows nothing. */
function blankFormat(format: string | undefined): boolean {
  if (!format || !format.includes(';')) return false;
  const bare = format.replace(/"[^"]*"/g, 'x').replace(/\[[^\]]*\]/g, '');
  return bare.split(';').every((s) => s.trim() === '');
}

/** The sections of a number format, split at ; outside quotes. */
function sections(format: string): string[] {
  const out = [''];
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c === '"') quoted = !quoted;
    if (c === '\\' && !quoted) {
      out[out.length - 1] += c + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === ';' && !quoted) out.push('');
    else out[out.length - 1] += c;
  }
  return out;
}

/** Text a format section paints itself: quoted strings and \x escapes ("×", \否). */
const literal = (section: string): string =>
  [...section.matchAll(/"([^"]*)"|\\(.)/gu)]
    .map((m) => m[1] ?? m[2] ?? '')
    .join('')
    .trim();

/**
 * Whether a number format shows something other than the cell's value, which is what is read: for text, a text
 * section (the one with @, or the fourth) that paints its own words around @ or instead of it ("@（暂不公开）",
 * ;;;"×"); for a number or a yes/no, a format that paints words ("×";"×";"×"). Dates are left to their formats.
 */
function rewritingFormat(format: string | undefined, value: unknown): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const parts = sections(format);
  if (typeof value === 'string' || (value !== null && typeof value === 'object' && 'richText' in value)) {
    const text = parts.find((p) => p.replace(/"[^"]*"/g, '').includes('@')) ?? parts[3];
    if (text === undefined) return false;
    return !text.replace(/"[^"]*"/g, '').includes('@') || literal(text) !== '';
  }
  if (typeof value === 'number' || typeof value === 'boolean') return parts.some((p) => literal(p) !== '');
  return false;
}

function fontHides(font: Font | undefined, background: string): HiddenHow | undefined {
  if (font?.strike) return 'strike';
  if (font?.size !== undefined && font.size < 4) return 'tiny';
  const colour = hex(font?.color);
  return colour !== undefined && sameColour(colour, background) ? 'colour' : undefined;
}

/** Why Excel shows nothing of this cell's text, if so (a rich-text cell is hidden when every non-blank run is). */
export function cellHiddenBy(cell: LookCell): HiddenHow | undefined {
  if (blankFormat(cell.numFmt) || rewritingFormat(cell.numFmt, cell.value)) return 'format';
  const background = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? (hex(cell.fill.fgColor) ?? 'FFFFFF') : 'FFFFFF';
  const rich = (cell.value as { richText?: { text?: string; font?: Font }[] } | null)?.richText;
  if (Array.isArray(rich)) {
    const runs = rich.filter((r) => (r.text ?? '').trim() !== '');
    // Any hidden run hides the cell for reading: it is refused as a whole.
    return runs.map((r) => fontHides({ ...cell.font, ...r.font }, background)).find((h) => h !== undefined);
  }
  return fontHides(cell.font, background);
}

/** Where a cell is drawn: its row's height (points, when the file sets one) and its column's width (character units). */
export interface CellBox {
  readonly rowHeight?: number;
  readonly columnWidth: number;
}

/** Width of a text in Excel's column units (the width of "0" in the default font): a CJK character about two, others one, by type size. */
function textUnits(text: string, size: number): number {
  return [...text].reduce((w, c) => w + (/[\u2E80-\uFFEF]/u.test(c) ? 1.8 : 0.9), 0) * (size / 11);
}

/**
 * Whether Excel cuts off lines of this cell: its row has a set height (Excel keeps it; it does not grow the row to
 * the text) that holds fewer lines than the wrapped text needs, or not one line. Estimated on the low side (narrow
 * characters, 1.2 × the type per line), so lines it calls cut off are cut off. (Unwrapped text wider than its column
 * is cut at a filled neighbour too; that is left to the reader: tables made by hand often look like that.)
 */
export function cellClipped(cell: LookCell & { readonly alignment?: { readonly wrapText?: boolean } }, text: string, box: CellBox): boolean {
  if (box.rowHeight === undefined || text.trim() === '') return false;
  const size = cell.font?.size ?? 11;
  const width = Math.max(box.columnWidth - 0.7, 0.5);
  const lines = cell.alignment?.wrapText ? text.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil(textUnits(p, size) / width)), 0) : 1;
  return lines * size * 1.2 > box.rowHeight * 1.05;
}
