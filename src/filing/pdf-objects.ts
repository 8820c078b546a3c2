/** Annotations and actions read from the PDF's own objects (every annotation whatever its flags, every action whatever its type), not from a viewer's summary. */
import { createHash } from 'node:crypto';
import { BAD_ESCAPE, decodeStream, isDict, isName, isRef, type PdfDict, type PdfValue } from './pdf-syntax.js';
import { mergeSections, ObjectTable, sectionChain, startxref } from './pdf-xref.js';
import { linearizationProblem, pageTreeProblem } from './page-tree.js';

export interface ObjectParts {
  /** Per page, each annotation: subtype, flags, rectangle and a digest of everything it holds (appearance, actions). */
  readonly annotations: readonly (readonly string[])[];
  /** The catalog's /OpenAction, /AA and /Names /JavaScript, each page's /AA: serialised with references followed. */
  readonly actions: string;
  /**
   * Per page, what a viewer colours the page's painting with beyond the op list: its (inherited) /ColorSpace
   * resources (a /DefaultRGB with an ICC profile repaints every DeviceRGB colour; pdf.js reads neither ICC
   * profiles nor default colour spaces), its /ExtGState resources (pdf.js skips transfer functions, halftones,
   * overprint), its transparency /Group and its own /OutputIntents (PDF 2.0): a digest, or '' when there are none.
   */
  readonly colour: readonly string[];
  /**
   * Per page, the first thing in its content streams that viewers read differently (see contentSyntax): a
   * malformed number (`5-88.6`, `--5`, `1.2.3`, `5e2`, a lone sign), an operator with the wrong number of
   * operands, a word that is no operator (`TJET`), a keyword in an array or an inline image, or a page box
   * pdf.js ignores (boxOf), or '': what pdf.js paints of it is not what PDFium or MuPDF paint.
   */
  readonly syntax: readonly string[];
  /** The catalog's /OutputIntents with their profiles (MuPDF paints device colours through them; pdf.js ignores them). */
  readonly outputIntents: string;
  /**
   * The catalog's logical structure (/StructTreeRoot with its /Alt and /ActualText, /MarkInfo, /Lang): not
   * painted, but what a screen reader reads out and Acrobat copies; serialised with references followed.
   */
  readonly structure: string;
  /** The catalog's /ViewerPreferences as written (pdf.js returns only the values it finds valid: a PrintPageRange past the last page is dropped). */
  readonly viewerPreferences: string;
  /**
   * Per page, a digest of its dictionary's (and its /Pages ancestors') entries that no other part compares, or
   * '': /TrimBox (CUPS's pdftopdf prints each page clipped to it), /ArtBox, /BleedBox, /Thumb (page panels),
   * /Dur, /Trans, /PresSteps (presentation modes), /PieceInfo, /Tabs … The rebuild writes none of them.
   */
  readonly entries: readonly string[];
  /**
   * The catalog's entries but the page tree, serialised with references followed: what the other parts compare
   * and what pdf.js does not act on (/Threads, /OCProperties, /Requirements, /Legal, /URI, /Version, /AF,
   * /PieceInfo, other /Names trees …). The rebuild writes a fixed set; anything else is another document.
   */
  readonly catalog: string;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
/** Back-pointers and links to other parts of the tree: not part of what an annotation or action is. */
const SKIP = new Set(['P', 'Parent', 'Popup', 'IRT', 'Kids', 'Prev', 'First', 'Last']);
/** How a stream's bytes are stored. */
const STORAGE = new Set(['Length', 'Filter', 'DecodeParms', 'DL']);
const NO_STORAGE = new Set(['Length']);

/** A value with references followed (pages named, cycles and depth cut), streams by the digest of their data. */
function deep(v: PdfValue | undefined, table: ObjectTable, path: ReadonlySet<number>, depth = 0, budget = { left: 100000 }): string {
  if (v === undefined || v === null || typeof v !== 'object') return String(v ?? null);
  // A depth and a budget of steps: a shared sub-tree repeated at every level cannot make this exponential.
  if (depth > 12 || --budget.left < 0) return '…';
  if (Array.isArray(v)) return `[${v.map((x) => deep(x, table, path, depth + 1, budget)).join(' ')}]`;
  if (v.t === 'name') return `/${v.v}`;
  if (v.t === 'str') return `<${Buffer.from(v.v).toString('hex')}>`;
  if (v.t === 'ref') {
    if (path.has(v.n)) return 'cycle';
    const target = table.get(v.n);
    if (isDict(target) && isName(target.v.get('Type'), 'Page')) return 'page';
    return deep(target, table, new Set([...path, v.n]), depth + 1, budget);
  }
  // A stream by its decoded data: how it is stored (compressed or not, as a re-save chooses) is not what it holds.
  const keys = [...v.v.keys()].filter((k) => !SKIP.has(k) && !(v.stream ? STORAGE : NO_STORAGE).has(k)).sort();
  const body = keys.map((k) => `/${k} ${deep(v.v.get(k), table, path, depth + 1, budget)}`).join(' ');
  return `<<${body}>>${v.stream ? `stream:${streamDigest(v)}` : ''}`;
}

/**
 * A stream's decoded data as a digest. An unfiltered stream whose /Length is not a direct number (qpdf's QDF
 * form, some writers) is read up to `endstream`, the end-of-line before it included: one trailing EOL is not
 * part of what it holds.
 */
function streamDigest(d: PdfDict): string {
  try {
    const data = decodeStream(d);
    const eol = typeof d.v.get('Length') === 'number' ? 0 : data.at(-1) === 10 ? (data.at(-2) === 13 ? 2 : 1) : data.at(-1) === 13 ? 1 : 0;
    return createHash('sha256')
      .update(data.subarray(0, data.length - eol))
      .digest('hex')
      .slice(0, 16);
  } catch {
    return `raw:${createHash('sha256')
      .update(d.stream ?? new Uint8Array())
      .digest('hex')
      .slice(0, 16)}`;
  }
}

/** The pages in order (the page tree walked depth first). */
function pagesOf(table: ObjectTable, node: PdfValue | undefined, seen = new Set<number>()): PdfDict[] {
  if (!isRef(node) || seen.has(node.n) || seen.size > 100000) return [];
  seen.add(node.n);
  const d = table.get(node.n);
  if (!isDict(d)) return [];
  const kids = d.v.get('Kids');
  const list = isRef(kids) ? table.get(kids.n) : kids;
  if (Array.isArray(list) && !isName(d.v.get('Type'), 'Page')) return list.flatMap((k) => pagesOf(table, k, seen));
  return [d];
}

const resolve = (v: PdfValue | undefined, table: ObjectTable): PdfValue | undefined => (isRef(v) ? table.get(v.n) : v);

/** A page's entry, inherited through /Parent as viewers inherit /Resources. */
function inherited(page: PdfDict, key: string, table: ObjectTable): PdfValue | undefined {
  let node: PdfDict | undefined = page;
  for (let depth = 0; node && depth < 64; depth++) {
    if (node.v.has(key)) return node.v.get(key);
    const parent = resolve(node.v.get('Parent'), table);
    node = isDict(parent) ? parent : undefined;
  }
  return undefined;
}

/** A number as PDF writes it: optional sign, digits with at most one point. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const DELIMITER = new Set([...'()<>[]{}/%']);
const WHITE = new Set([0, 9, 10, 12, 13, 32]);
/** Operators with a fixed number of operands (colour setting with sc/scn and inline images aside). */
const ARITY: Readonly<Record<string, number>> = {
  w: 1,
  J: 1,
  j: 1,
  M: 1,
  d: 2,
  ri: 1,
  i: 1,
  gs: 1,
  q: 0,
  Q: 0,
  cm: 6,
  m: 2,
  l: 2,
  c: 6,
  v: 4,
  y: 4,
  h: 0,
  re: 4,
  S: 0,
  s: 0,
  f: 0,
  F: 0,
  'f*': 0,
  B: 0,
  'B*': 0,
  b: 0,
  'b*': 0,
  n: 0,
  W: 0,
  'W*': 0,
  BT: 0,
  ET: 0,
  Tc: 1,
  Tw: 1,
  Tz: 1,
  TL: 1,
  Tf: 2,
  Tr: 1,
  Ts: 1,
  Td: 2,
  TD: 2,
  Tm: 6,
  'T*': 0,
  Tj: 1,
  TJ: 1,
  "'": 1,
  '"': 3,
  d0: 2,
  d1: 6,
  CS: 1,
  cs: 1,
  G: 1,
  g: 1,
  RG: 3,
  rg: 3,
  K: 4,
  k: 4,
  sh: 1,
  Do: 1,
  MP: 1,
  DP: 2,
  BMC: 1,
  BDC: 2,
  EMC: 0,
  BX: 0,
  EX: 0,
};

/**
 * The longest name, number or operator read alike: PDFium keeps the first 255 characters of a word, MuPDF
 * ends a number there and reads the rest as another (300 zeros before 588.6: 0 in PDFium, 0 and 588.6 in
 * MuPDF, 588.6 in pdf.js), pdf.js refuses a command longer than 128.
 */
const MAX_TOKEN = 127;

/** Operators that take as many operands as the colour space has components. */
const VARIADIC = new Set(['sc', 'scn', 'SC', 'SCN']);

/**
 * The first thing in a content stream that viewers read differently, or '': a number written against PDF's
 * grammar (pdf.js skips a minus in the middle, `5-88.6` is 588.6 there and 5, -88.6 in PDFium and MuPDF), or
 * an operator with more or fewer operands than it takes (pdf.js keeps the last six of `9 1 0 0 1 588 374 Tm`,
 * MuPDF the first six), or a hex string with a character that is not a hex digit. Also what only pdf.js
 * mends: a word that is no operator (pdf.js splits a known operator off its front, `TJET` is TJ and ET, or
 * drops it and keeps its operands; MuPDF and PDFium drop the word and its operands), a keyword, array or
 * dictionary inside an array (pdf.js skips it, PDFium and MuPDF drop the operator), a stray or unbalanced
 * `)`, `>`, `>>`, `]`, `{` or `}`, and any inline image (pdf.js
 * ends its data at the first `EI` that a known operator follows, MuPDF and PDFium after the bytes /W, /H and
 * /BPC declare: what lies between is painted by one and skipped by the others; the rebuild writes none).
 * A colour space operator (cs, CS) not followed at once by its colour (pdf.js's operator list leaves it out,
 * other viewers reset the colour with it). A name, number or operator longer than 127 characters, an unterminated string, and with `more` (another content stream of the page follows) operands or an array
 * left open at the end, are too. Strings, names and comments are skipped.
 */
export function contentSyntax(data: Uint8Array, more = false): string {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  let i = 0;
  let operands = 0;
  // The arrays and dictionaries open around the current token.
  const open: ('[' | '<<')[] = [];
  // A colour space operator waiting for its colour.
  let space: 'cs' | 'CS' | undefined;
  const operand = (): void => {
    if (open.length === 0) operands++;
  };
  while (i < text.length) {
    const c = text[i]!;
    const code = text.charCodeAt(i);
    if (WHITE.has(code)) i++;
    else if (c === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else if (c === '(') {
      let nest = 0;
      for (; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') nest++;
        else if (text[i] === ')' && --nest === 0) break;
      }
      if (i >= text.length) return 'unterminated string';
      i++;
      operand();
    } else if ((c === '<' && text[i + 1] === '<') || c === '[') {
      // pdf.js skips an array or dictionary inside a TJ array, PDFium and MuPDF drop the TJ.
      if (open.at(-1) === '[') return `${c === '[' ? '[' : '<<'} in an array`;
      open.push(c === '[' ? '[' : '<<');
      i += c === '[' ? 1 : 2;
    } else if ((c === '>' && text[i + 1] === '>') || c === ']') {
      if (open.pop() !== (c === ']' ? '[' : '<<')) return `unbalanced ${c === ']' ? ']' : '>>'}`;
      i += c === ']' ? 1 : 2;
      operand();
    } else if (c === '<') {
      const end = text.indexOf('>', i);
      if (end < 0) return 'unterminated hex string';
      const hex = text.slice(i + 1, end);
      // pdf.js skips a character that is not a hex digit, MuPDF reads another code (<00gdd>: √ in pdf.js, 签 in MuPDF).
      if (/[^0-9A-Fa-f\0\t\n\f\r ]/.test(hex)) return `<${hex.slice(0, 38)}>`;
      i = end + 1;
      operand();
    } else if (c === '/') {
      const start = i++;
      while (i < text.length && !WHITE.has(text.charCodeAt(i)) && !DELIMITER.has(text[i]!)) i++;
      if (i - start > MAX_TOKEN) return `a token of ${i - start} characters`;
      // /F#3G is F#3G to pdf.js and F0 to poppler; /F2#00X is F2 to poppler (pdf-syntax.ts BAD_ESCAPE).
      if (BAD_ESCAPE.test(text.slice(start + 1, i))) return `name ${text.slice(start, i)}`.slice(0, 40);
      operand();
    } else if (DELIMITER.has(c)) return c;
    else {
      const start = i;
      while (i < text.length && !WHITE.has(text.charCodeAt(i)) && !DELIMITER.has(text[i]!)) i++;
      const token = text.slice(start, i);
      if (token.length > MAX_TOKEN) return `a token of ${token.length} characters`;
      if (/^[+\-.\d]/.test(token)) {
        if (!NUMBER.test(token)) return token.slice(0, 40);
        operand();
      } else if (token === 'true' || token === 'false' || token === 'null') operand();
      else if (open.length > 0) return `${token} in an array`.slice(0, 40);
      else if (token === 'BI') return 'inline image';
      else {
        const want = ARITY[token];
        if (want === undefined && !VARIADIC.has(token)) return `operator ${token}`.slice(0, 40);
        if (want !== undefined && want !== operands) return `${operands} operands for ${token}`;
        // cs/CS reset the colour to the space's initial one everywhere but in pdf.js, whose operator list leaves
        // them out (/Pattern cs after a text run's colour: no text in MuPDF, PDFium, poppler); so the colour follows.
        if (space !== undefined && !(space === 'cs' ? token === 'sc' || token === 'scn' : token === 'SC' || token === 'SCN')) return `${token} after ${space}`;
        space = token === 'cs' || token === 'CS' ? token : undefined;
        operands = 0;
      }
    }
  }
  // pdf.js joins a page's content streams as they are, PDFium and MuPDF with a space between them: operands
  // (or an array) left open at the end of a stream that another follows are read otherwise.
  if (more && (operands > 0 || open.length > 0)) return 'operands run into the next content stream';
  if (open.length > 0) return `unbalanced ${open.at(-1) ?? ''}`;
  if (space !== undefined) return `${space} without a colour`;
  return '';
}

/** Neither white space nor a delimiter: a character that continues a token. */
const regular = (code: number | undefined): boolean => code !== undefined && !WHITE.has(code) && !DELIMITER.has(String.fromCharCode(code));

/** The first thing in a page's content streams that viewers read differently (contentSyntax), or ''. */
function syntaxOf(page: PdfDict, table: ObjectTable): string {
  const contents = resolve(page.v.get('Contents'), table);
  const streams = (Array.isArray(contents) ? contents.map((c) => resolve(c, table)) : [contents]).filter(isDict);
  // pdf.js, PDFium and MuPDF skip what is not a stream in a /Contents array (null, a number, a dictionary, a
  // missing object); poppler (Evince, Okular) calls the page's contents weird and paints none of them.
  if (Array.isArray(contents) && (streams.length !== contents.length || streams.some((s) => s.stream === undefined)))
    return 'a /Contents array element that is not a stream';
  // PDFium and MuPDF join the streams of a page's /Contents array with a space between them, pdf.js without:
  // a token cut at a stream's end (/F|2 is /F2 in pdf.js, /F and 2 elsewhere) is read otherwise.
  let previous: Uint8Array | undefined;
  for (const [k, s] of streams.entries()) {
    // An external stream (/F, /FFilter, /FDecodeParms: the data in a named file, ISO 32000-1 §7.3.8.2) is read from
    // the file by a reader that follows it and from the bytes here by the others; pdf.js (and poppler, lacking a /Filter) takes /F for /Filter
    // (pdf.js /DP for /DecodeParms): a filter for some readers, a file for others.
    const external = EXTERNAL.find((key) => s.v.has(key));
    if (external !== undefined) return `content stream /${external}`;
    let data: Uint8Array;
    try {
      data = decodeStream(s);
    } catch (e) {
      // Data we cannot decode strictly (another filter, a damaged one) each viewer mends its own way: pdf.js skips
      // a bad character of ASCIIHex data, MuPDF stops there and paints half the page.
      return `content not decoded: ${(e as Error).message}`.slice(0, 60);
    }
    if (previous && regular(previous.at(-1)) && regular(data[0])) return 'a token across content streams';
    const bad = contentSyntax(data, k < streams.length - 1);
    if (bad) return bad;
    previous = data;
  }
  return '';
}

/** Stream keys that name the data in an external file (ISO 32000-1 §7.3.8.2), or that pdf.js reads as /Filter, /DecodeParms. */
const EXTERNAL = ['F', 'FFilter', 'FDecodeParms', 'DP'];

/**
 * The first stream among the page's resources, on every level (fonts and their programs, ToUnicode and
 * CIDToGIDMap streams, images, forms, patterns, shadings, ICC profiles …), that our strict reader cannot decode
 * or that names an external file, or ''. pdf.js decodes leniently (its ASCIIHex decoder skips a stray `z`), so
 * its painting can be the rebuild's while poppler reads the `z` as a digit and MuPDF stops there: a font program
 * stored so loads in pdf.js and is broken everywhere else (every cell of the table empty in MuPDF). `decoded`
 * keeps each stream's verdict across pages.
 */
function resourceStreams(page: PdfDict, table: ObjectTable, decoded: Map<number, string>): string {
  const seen = new Set<number>();
  let budget = 100000;
  const visit = (v: PdfValue | undefined, n?: number): string => {
    if (--budget < 0) return 'resources too deep';
    if (v === undefined || v === null || typeof v !== 'object') return '';
    if (Array.isArray(v)) {
      for (const x of v) {
        const bad = visit(x);
        if (bad) return bad;
      }
      return '';
    }
    if (v.t === 'ref') {
      if (seen.has(v.n)) return '';
      seen.add(v.n);
      const target = table.get(v.n);
      // The page tree is walked on its own (a resource pointing back at a page is judged by that page).
      if (isDict(target) && (isName(target.v.get('Type'), 'Page') || isName(target.v.get('Type'), 'Pages'))) return '';
      return visit(target, v.n);
    }
    if (v.t !== 'dict') return '';
    if (v.stream !== undefined) {
      let verdict = n === undefined ? undefined : decoded.get(n);
      if (verdict === undefined) {
        const external = EXTERNAL.find((key) => v.v.has(key));
        verdict = external !== undefined ? `/${external}` : '';
        if (!verdict) {
          try {
            decodeStream(v);
          } catch (e) {
            verdict = (e as Error).message;
          }
        }
        if (n !== undefined) decoded.set(n, verdict);
      }
      if (verdict) return `resource stream ${n ?? ''}: ${verdict}`.slice(0, 60);
    }
    for (const [k, x] of v.v) {
      if (k === 'Parent') continue;
      const bad = visit(x);
      if (bad) return bad;
    }
    return '';
  };
  for (const r of resourceChain(page, table)) {
    const bad = visit(r);
    if (bad) return bad;
  }
  return '';
}

/** The /Resources entries from the page up its /Pages nodes (nearest first; at most 64 levels). */
function resourceChain(page: PdfDict, table: ObjectTable): PdfValue[] {
  const levels: PdfValue[] = [];
  let node: PdfDict | undefined = page;
  for (let depth = 0; node && depth < 64; depth++) {
    if (node.v.has('Resources')) levels.push(node.v.get('Resources') ?? null);
    const parent = resolve(node.v.get('Parent'), table);
    node = isDict(parent) ? parent : undefined;
  }
  return levels;
}

/** A rectangle as [x0, y0, x1, y1] with x0 < x1 and y0 < y1, or undefined when it is not four numbers with an area. */
function rectangle(v: PdfValue | undefined, table: ObjectTable): [number, number, number, number] | undefined {
  const a = resolve(v, table);
  if (!Array.isArray(a) || a.length !== 4) return undefined;
  const n = a.map((x) => resolve(x, table));
  if (!n.every((x): x is number => typeof x === 'number')) return undefined;
  const [x0, x1, y0, y1] = [Math.min(n[0]!, n[2]!), Math.max(n[0]!, n[2]!), Math.min(n[1]!, n[3]!), Math.max(n[1]!, n[3]!)];
  return x0 < x1 && y0 < y1 ? [x0, y0, x1, y1] : undefined;
}

/**
 * A page box pdf.js ignores and other viewers read, or '': a /MediaBox or /CropBox that is not four numbers
 * with an area, or a /CropBox outside the /MediaBox. pdf.js then shows the /MediaBox (its view is the
 * rebuild's); MuPDF takes the first four numbers of [0 0 560 595.28 1] and cuts the table's √ columns off,
 * PDFium shows an empty page for a /CropBox outside the /MediaBox.
 */
function boxOf(page: PdfDict, table: ObjectTable): string {
  const media = inherited(page, 'MediaBox', table);
  const crop = inherited(page, 'CropBox', table);
  const m = rectangle(media, table);
  if (media !== undefined && !m) return 'page /MediaBox';
  if (crop === undefined) return '';
  const c = rectangle(crop, table);
  if (!c || (m && (c[0] >= m[2] || c[2] <= m[0] || c[1] >= m[3] || c[3] <= m[1]))) return 'page /CropBox';
  return '';
}

/**
 * The page's resources when they stand on more than one level (on the page and on a /Pages node above it, or
 * on the page and in a form XObject among them), or '': the spec has the nearest win, a viewer that merges
 * the levels or looks a name up in another paints with other resources, so then all of them are compared.
 */
function resourceLevels(page: PdfDict, table: ObjectTable): string {
  const levels = resourceChain(page, table);
  const own = resolve(levels[0], table);
  const xobjects = isDict(own) ? resolve(own.v.get('XObject'), table) : undefined;
  for (const x of isDict(xobjects) ? xobjects.v.values() : []) {
    const form = resolve(x, table);
    if (isDict(form) && form.v.has('Resources')) levels.push(form.v.get('Resources') ?? null);
  }
  return levels.length > 1 ? `/Resources ${levels.map((r) => deep(r, table, new Set())).join(' ')}` : '';
}

/** The page's colouring beyond the op list (see ObjectParts.colour); an empty dictionary counts as none. */
function colourOf(page: PdfDict, table: ObjectTable): string {
  const resources = resolve(inherited(page, 'Resources', table), table);
  const entry = (d: PdfValue | undefined, key: string): string => {
    const v = isDict(d) ? resolve(d.v.get(key), table) : undefined;
    return v === undefined || v === null || (isDict(v) && !v.stream && v.v.size === 0) ? '' : `/${key} ${deep(v, table, new Set())}`;
  };
  const parts = [
    entry(resources, 'ColorSpace'),
    entry(resources, 'ExtGState'),
    entry(page, 'Group'),
    entry(page, 'OutputIntents'),
    resourceLevels(page, table),
  ].filter((x) => x !== '');
  return parts.length === 0 ? '' : sha(parts.join('\n')).slice(0, 16);
}

/**
 * Page entries another part compares: the page box, rotation and unit as pdf.js shows them (`view`), the
 * content through the op list, resources through the op list and `colour`, annotations, page actions, the tree.
 */
const PAGE_COMPARED = new Set([
  'Type',
  'Parent',
  'Contents',
  'Resources',
  'Annots',
  'MediaBox',
  'CropBox',
  'Rotate',
  'UserUnit',
  'Group',
  'OutputIntents',
  'AA',
]);
/** Entries of a /Pages node another part compares (the tree's shape, inherited resources and boxes). */
const NODE_COMPARED = new Set(['Type', 'Parent', 'Kids', 'Count', 'Resources', 'MediaBox', 'CropBox', 'Rotate']);

/**
 * The page's other entries (see ObjectParts.entries), with those of the /Pages nodes above it (a viewer that
 * inherits a /TrimBox or /Dur as it inherits a /MediaBox): a digest, or '' when there are none.
 */
function entriesOf(page: PdfDict, table: ObjectTable): string {
  const parts: string[] = [];
  let node: PdfDict | undefined = page;
  for (let depth = 0; node && depth < 64; depth++) {
    const compared = depth === 0 ? PAGE_COMPARED : NODE_COMPARED;
    const d: PdfDict = node;
    const keys = [...d.v.keys()].filter((k) => !compared.has(k)).sort();
    parts.push(...keys.map((k) => `${depth} /${k} ${deep(d.v.get(k), table, new Set())}`));
    const parent = resolve(d.v.get('Parent'), table);
    node = isDict(parent) ? parent : undefined;
  }
  return parts.length === 0 ? '' : sha(parts.join('\n')).slice(0, 16);
}

/** One annotation as compared: readable head, digest of all of it. */
function annotation(v: PdfValue, table: ObjectTable): string {
  const a = resolve(v, table);
  if (!isDict(a)) return `not an annotation: ${deep(a, table, new Set())}`;
  const rect = resolve(a.v.get('Rect'), table);
  const box = Array.isArray(rect) ? rect.map((n) => (typeof n === 'number' ? Math.round(n) : '?')).join(' ') : '?';
  const subtype = a.v.get('Subtype');
  return `${isName(subtype) ? subtype.v : '?'} /F ${String(a.v.get('F') ?? 0)} [${box}] ${sha(deep(a, table, new Set())).slice(0, 16)}`;
}

/** Read the annotations and actions of a PDF's last revision from its objects (throws on a PDF it cannot read). */
export function readObjectParts(bytes: Uint8Array): ObjectParts {
  const chain = sectionChain(bytes, startxref(bytes, 0, bytes.length));
  const table = new ObjectTable(bytes, mergeSections(chain));
  // Every object the xref places must be there, referenced or not: MuPDF checks each in-use offset as it loads
  // the table and rebuilds it by scanning when one lies outside the file (an object written outside the xref
  // then wins); pdf.js reads only what it needs. `get` throws when no such object is at the entry's place.
  for (const [n, e] of table.entries) if (e.kind !== 'free') table.get(n);
  const root = [...chain]
    .reverse()
    .map((s) => s.trailer.v.get('Root'))
    .find(isRef);
  const catalog = root ? table.get(root.n) : undefined;
  if (!isDict(catalog)) throw new Error('no catalog');
  const pages = pagesOf(table, catalog.v.get('Pages'));
  // A malformed page tree is in every page's frame: which pages a viewer shows depends on how it walks the tree.
  const leaves: number[] = [];
  const tree = pageTreeProblem(table, catalog.v.get('Pages'), leaves) || linearizationProblem(bytes, leaves, table);
  const decoded = new Map<number, string>();
  const annotations = pages.map((p) => {
    const list = resolve(p.v.get('Annots'), table);
    return Array.isArray(list) ? list.map((a) => annotation(a, table)) : [];
  });
  const names = resolve(catalog.v.get('Names'), table);
  const actions = [
    `OpenAction ${deep(catalog.v.get('OpenAction'), table, new Set())}`,
    `AA ${deep(catalog.v.get('AA'), table, new Set())}`,
    `JavaScript ${isDict(names) ? deep(names.v.get('JavaScript'), table, new Set()) : 'null'}`,
    ...pages.map((p, i) => `page ${i + 1} AA ${deep(p.v.get('AA'), table, new Set())}`),
  ];
  const outputIntents = deep(catalog.v.get('OutputIntents'), table, new Set());
  return {
    annotations,
    actions: actions.join('\n'),
    colour: pages.map((p) => colourOf(p, table)),
    syntax: pages.map((p) => tree || boxOf(p, table) || syntaxOf(p, table) || resourceStreams(p, table, decoded)),
    outputIntents,
    viewerPreferences: deep(catalog.v.get('ViewerPreferences'), table, new Set()),
    entries: pages.map((p) => entriesOf(p, table)),
    catalog: [...catalog.v.keys()]
      .filter((k) => k !== 'Pages')
      .sort()
      .map((k) => `/${k} ${deep(catalog.v.get(k), table, new Set())}`)
      .join('\n'),
    structure: ['StructTreeRoot', 'MarkInfo', 'Lang'].map((k) => `${k} ${deep(catalog.v.get(k), table, new Set())}`).join('\n'),
  };
}
