/** What Excel shows of a cell: hidden rows and columns, white or background-coloured font, tiny type, ;;; number formats. */
import { indistinct, symbolFont } from './docx-look.js';
import type { HiddenHow } from './grid.js';

interface Colour {
  readonly argb?: string;
  readonly theme?: number;
  readonly tint?: number;
  readonly indexed?: number;
}
/** The colours of the file a colour may refer to: its indexed palette and its theme (xlsx-parts.ts). */
export interface Colours {
  readonly indexed: readonly string[];
  readonly theme: readonly string[];
}
const STOCK: Colours = {
  indexed: ['000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF', '000000', 'FFFFFF'],
  theme: ['FFFFFF', '000000'],
};
interface Font {
  readonly color?: Colour;
  readonly size?: number;
  readonly strike?: boolean;
  readonly name?: string;
}
/** The parts of an exceljs cell this reads. */
export interface LookCell {
  readonly numFmt?: string;
  readonly font?: Font;
  readonly fill?: {
    readonly type?: string;
    readonly pattern?: string;
    readonly fgColor?: Colour;
    readonly bgColor?: Colour;
    readonly stops?: readonly { readonly color?: Colour }[];
  };
  readonly value?: unknown;
}

/** An RGB hex of an exceljs colour: its RGB, its entry in the file's indexed palette, or its theme colour lightened or darkened by its tint. */
function hex(c: Colour | undefined, colours: Colours): string | undefined {
  if (c?.argb && /^[0-9A-Fa-f]{8}$/.test(c.argb)) return c.argb.slice(2).toUpperCase();
  if (c?.indexed !== undefined) return c.indexed === 64 ? '000000' : c.indexed === 65 ? 'FFFFFF' : colours.indexed[c.indexed];
  const base = c?.theme === undefined ? undefined : colours.theme[c.theme];
  if (base === undefined) return undefined;
  const tint = Math.max(-1, Math.min(1, c?.tint ?? 0));
  return [0, 2, 4]
    .map((i) => {
      const v = Number.parseInt(base.slice(i, i + 2), 16);
      return Math.round(tint >= 0 ? v + (255 - v) * tint : v * (1 + tint))
        .toString(16)
        .padStart(2, '0')
        .toUpperCase();
    })
    .join('');
}

/** Named colours of a number format section ([White], [Red] …). */
const FORMAT_COLOURS: Readonly<Record<string, string>> = {
  black: '000000',
  white: 'FFFFFF',
  red: 'FF0000',
  green: '00FF00',
  blue: '0000FF',
  yellow: 'FFFF00',
  magenta: 'FF00FF',
  cyan: '00FFFF',
};

/**
 * The colour the number format paints the value in, if it names one: [White] or [Color N] (entry N + 7 of the indexed
 * palette, which a file may redefine) in the section the value is shown by — for text the @ or fourth section, else a
 * lone section; for a number the positive, negative or zero one.
 */
function formatColour(format: string | undefined, value: unknown, colours: Colours): string | undefined {
  if (!format || !format.includes('[')) return undefined;
  const parts = sections(format);
  let section: string | undefined;
  if (typeof value === 'number') section = value > 0 ? parts[0] : value < 0 ? (parts[1] ?? parts[0]) : (parts[2] ?? parts[0]);
  else section = parts.find((p) => p.replace(/"[^"]*"/g, '').includes('@')) ?? parts[3] ?? (parts.length === 1 ? parts[0] : undefined);
  const name = /\[(black|white|red|green|blue|yellow|magenta|cyan|color\s*(\d+))\]/i.exec(section?.replace(/"[^"]*"/g, '') ?? '');
  if (!name) return undefined;
  return name[2] !== undefined ? colours.indexed[Number(name[2]) + 7] : FORMAT_COLOURS[(name[1] as string).toLowerCase()];
}

/** Patterns by the share of the pattern colour (fgColor) over the background (bgColor). */
const PATTERN_SHARE: Readonly<Record<string, number>> = { solid: 1, darkGray: 0.75, mediumGray: 0.5, lightGray: 0.25, gray125: 0.125, gray0625: 0.0625 };

/** `share` of colour `over` laid on `under`. */
const mix = (over: string, under: string, share: number): string =>
  [0, 2, 4]
    .map((i) =>
      Math.round(Number.parseInt(over.slice(i, i + 2), 16) * share + Number.parseInt(under.slice(i, i + 2), 16) * (1 - share))
        .toString(16)
        .padStart(2, '0')
        .toUpperCase(),
    )
    .join('');

/**
 * The colour a cell's fill shows: a solid fill its colour; a pattern its colour mixed over the background in the
 * pattern's share (dark, light and other patterns between: half); a gradient the mean of its stops; else white.
 */
function fillColour(fill: LookCell['fill'], colours: Colours): string {
  if (fill?.type === 'gradient') {
    const stops = (fill.stops ?? []).map((s) => hex(s.color, colours) ?? 'FFFFFF');
    return stops.length === 0 ? 'FFFFFF' : stops.reduce((m, s, i) => mix(s, m, 1 / (i + 1)), stops[0] as string);
  }
  if (fill?.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return 'FFFFFF';
  const under = hex(fill.bgColor, colours) ?? 'FFFFFF';
  const over = hex(fill.fgColor, colours) ?? under;
  return mix(over, under, PATTERN_SHARE[fill.pattern] ?? 0.5);
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

function fontHides(font: Font | undefined, background: string, colours: Colours, painted?: string): HiddenHow | undefined {
  if (font?.strike) return 'strike';
  if (symbolFont(font?.name)) return 'symbol';
  if (font?.size !== undefined && font.size < 4) return 'tiny';
  const colour = painted ?? hex(font?.color, colours);
  return colour !== undefined && indistinct(colour, background) ? 'colour' : undefined;
}

/** Why Excel shows nothing of this cell's text, if so (a rich-text cell is hidden when every non-blank run is). */
export function cellHiddenBy(cell: LookCell, colours: Colours = STOCK): HiddenHow | undefined {
  if (blankFormat(cell.numFmt) || rewritingFormat(cell.numFmt, cell.value)) return 'format';
  const background = fillColour(cell.fill, colours);
  // A colour the number format names paints the whole value, over the font's.
  const painted = formatColour(cell.numFmt, cell.value, colours);
  const rich = (cell.value as { richText?: { text?: string; font?: Font }[] } | null)?.richText;
  if (Array.isArray(rich)) {
    const runs = rich.filter((r) => (r.text ?? '').trim() !== '');
    // Any hidden run hides the cell for reading: it is refused as a whole.
    return runs.map((r) => fontHides({ ...cell.font, ...r.font }, background, colours, painted)).find((h) => h !== undefined);
  }
  return fontHides(cell.font, background, colours, painted);
}

/**
 * Whether the cell's indent (alignment.indent, levels of about a character's width each; left, right or distributed)
 * leaves no room for one character in its column: Excel, WPS and LibreOffice start the text past the cell's edge,
 * where the next filled cell cuts it off (LibreOffice shows the channel cell of such a row empty).
 */
export function indentedOut(cell: { readonly alignment?: { readonly indent?: number; readonly horizontal?: string } }, columnWidth: number): boolean {
  const indent = cell.alignment?.indent ?? 0;
  return indent > 0 && columnWidth - indent < 1.7;
}

/**
 * Whether a cell set to shrink to fit (alignment.shrinkToFit, not wrapped) is drawn under 4 pt: Excel and LibreOffice
 * scale the whole line, spaces included, down to the column's width, so 政府网站 followed by a hundred ideographic
 * spaces is drawn too small to see. `raw` is the cell's text as stored (not trimmed).
 */
export function shrunkOut(
  cell: { readonly alignment?: { readonly shrinkToFit?: boolean; readonly wrapText?: boolean }; readonly font?: { readonly size?: number } },
  raw: string,
  columnWidth: number,
): boolean {
  if (!cell.alignment?.shrinkToFit || cell.alignment.wrapText) return false;
  const size = cell.font?.size ?? 11;
  const longest = Math.max(0, ...raw.split(/\r\n?|\n/).map((line) => textUnits(line, size)));
  return longest > columnWidth && (size * columnWidth) / longest < 4;
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
