/** A signature widget's seal appearance may paint only images and text, inside a seal-sized /Rect: it cannot cover a page. */
import { decodeStream, isDict, isName, isRef, type PdfDict, type PdfValue } from './pdf-syntax.js';
import type { ObjectTable } from './pdf-xref.js';

/** The largest seal: 80 mm square, in points (a seal is about 40–60 mm). */
const MAX_SEAL_POINTS = (80 / 25.4) * 72;

/**
 * Operators an appearance may use: state, transforms, colour, text, painting an XObject (checked in turn),
 * paths used as a clip (ended by n) or stroked as the seal's border; no fill, shading or inline image.
 */
const ALLOWED = new Set([
  'q',
  'Q',
  'cm',
  'gs',
  'w',
  'J',
  'j',
  'M',
  'd',
  'ri',
  'i',
  'm',
  'l',
  'c',
  'v',
  'y',
  'h',
  're',
  'W',
  'W*',
  'n',
  'S',
  's',
  'Do',
  'BT',
  'ET',
  'Tf',
  'Td',
  'TD',
  'Tm',
  'T*',
  'Tj',
  'TJ',
  "'",
  '"',
  'Tc',
  'Tw',
  'Tz',
  'TL',
  'Ts',
  'Tr',
  'g',
  'G',
  'rg',
  'RG',
  'k',
  'K',
  'cs',
  'CS',
  'sc',
  'SC',
  'scn',
  'SCN',
  'BMC',
  'BDC',
  'EMC',
  'MP',
  'DP',
  'd0',
  'd1',
]);

/** The operators of a content stream, each with the names among its operands (strings, numbers and arrays skipped). */
function operators(data: Uint8Array): { op: string; names: string[] }[] {
  const text = new TextDecoder('latin1').decode(data);
  const out: { op: string; names: string[] }[] = [];
  let names: string[] = [];
  const re = /\((?:\\[^]|[^\\)])*\)|<<|>>|<[0-9A-Fa-f\s]*>|\/[^\s/<>[\]()%{}]*|[+-]?\d*\.?\d+|[[\]{}]|%[^\r\n]*|[^\s/<>[\]()%{}]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    if (t.startsWith('/')) names.push(t.slice(1));
    else if (/^[A-Za-z'"*]+[0-9]?$/.test(t) && !/^(true|false|null)$/.test(t)) {
      out.push({ op: t, names });
      names = [];
    }
  }
  return out;
}

/** Why an appearance form (and the forms it paints) does more than paint images and text, or undefined. */
function formProblem(form: PdfValue, table: ObjectTable, depth: number): string | undefined {
  if (!isDict(form) || !form.stream) return 'appearance';
  if (depth > 4) return 'appearance nesting';
  // Viewers fit the appearance's /BBox to the /Rect and clip to it; without one pdf.js takes [0 0 1 1] and
  // clips to the /Rect, PDFium neither scales nor clips: a seal in the margin paints over the table there.
  const bbox = resolve(form.v.get('BBox'), table);
  if (depth === 0 && !(Array.isArray(bbox) && bbox.length === 4 && bbox.every((n) => typeof n === 'number') && area(bbox as number[]) > 0)) return 'seal /BBox';
  // Nested parentheses in strings are rare in seals; an operator hidden by them would still be refused below.
  const ops = operators(decodeStream(form));
  const resources = resolve(form.v.get('Resources'), table);
  const xobjects = isDict(resources) ? resolve(resources.v.get('XObject'), table) : undefined;
  for (const { op, names } of ops) {
    if (!ALLOWED.has(op)) return `seal appearance paints "${op}"`;
    if (op !== 'Do') continue;
    const target = isDict(xobjects) ? resolve(xobjects.v.get(names.at(-1) ?? ''), table) : undefined;
    if (!isDict(target)) return 'seal appearance';
    if (isName(target.v.get('Subtype'), 'Image')) continue;
    const inner = formProblem(target, table, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** The area of a rectangle given by two corners. */
const area = ([x0 = 0, y0 = 0, x1 = 0, y1 = 0]: readonly number[]): number => Math.abs((x1 - x0) * (y1 - y0));

function resolve(v: PdfValue | undefined, table: ObjectTable): PdfValue | undefined {
  return isRef(v) ? table.get(v.n) : v;
}

/** Why a signature widget's appearance may cover content (too large, or painting other than images and text), or undefined. */
export function sealProblem(widget: PdfDict, table: ObjectTable): string | undefined {
  const rect = resolve(widget.v.get('Rect'), table);
  if (!Array.isArray(rect) || rect.length !== 4 || !rect.every((n) => typeof n === 'number')) return 'seal /Rect';
  const [x0, y0, x1, y1] = rect as number[];
  if (Math.abs((x1 ?? 0) - (x0 ?? 0)) > MAX_SEAL_POINTS || Math.abs((y1 ?? 0) - (y0 ?? 0)) > MAX_SEAL_POINTS) return 'seal larger than 80 mm';
  const flags = flagProblem(widget.v.get('F'));
  if (flags) return flags;
  const ap = resolve(widget.v.get('AP'), table);
  if (ap === undefined) return undefined;
  if (!isDict(ap)) return 'seal appearance';
  // One appearance: a form, the same for every state (a dictionary of states is picked by /AS, each viewer
  // its own way when /AS names none; a /D is shown while the mouse is down on it).
  const normal = ap.v.get('N');
  if (!isRef(normal) || !isDict(resolve(normal, table))) return 'seal /AP (one form)';
  for (const [key, v] of ap.v) if (!['N', 'R', 'D'].includes(key) || !isRef(v) || v.n !== normal.n) return 'seal /AP (one form)';
  return formProblem(resolve(normal, table) ?? null, table, 0);
}

/** Flags a seal may have: Hidden, Print, NoView, ReadOnly, Locked, LockedContents (not Invisible, NoZoom, NoRotate, ToggleNoView). */
const SEAL_FLAGS = 2 | 4 | 32 | 64 | 128 | 512;

/**
 * Why a seal's /F makes some viewer show it otherwise than placed, or undefined: Acrobat keeps a NoZoom
 * annotation's size on screen whatever the zoom (a seal over the 落款 grows over the page as the reader zooms
 * out) and keeps a NoRotate one upright about its corner; pdf.js, PDFium and MuPDF ignore both.
 */
function flagProblem(f: PdfValue | undefined): string | undefined {
  if (f === undefined) return undefined;
  if (typeof f !== 'number' || !Number.isInteger(f) || f < 0 || (f & ~SEAL_FLAGS) !== 0) return 'seal /F';
  return undefined;
}
