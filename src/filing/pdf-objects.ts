/** Annotations and actions read from the PDF's own objects (every annotation whatever its flags, every action whatever its type), not from a viewer's summary. */
import { createHash } from 'node:crypto';
import { decodeStream, isDict, isName, isRef, type PdfDict, type PdfValue } from './pdf-syntax.js';
import { mergeSections, ObjectTable, sectionChain, startxref } from './pdf-xref.js';

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
  /** The catalog's /OutputIntents with their profiles (MuPDF paints device colours through them; pdf.js ignores them). */
  readonly outputIntents: string;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
/** Back-pointers and links to other parts of the tree: not part of what an annotation or action is. */
const SKIP = new Set(['P', 'Parent', 'Popup', 'IRT', 'Kids', 'Prev', 'First', 'Last']);

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
  const keys = [...v.v.keys()].filter((k) => !SKIP.has(k) && k !== 'Length').sort();
  const body = keys.map((k) => `/${k} ${deep(v.v.get(k), table, path, depth + 1, budget)}`).join(' ');
  return `<<${body}>>${v.stream ? `stream:${streamDigest(v)}` : ''}`;
}

function streamDigest(d: PdfDict): string {
  try {
    return createHash('sha256').update(decodeStream(d)).digest('hex').slice(0, 16);
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

/** The page's colouring beyond the op list (see ObjectParts.colour); an empty dictionary counts as none. */
function colourOf(page: PdfDict, table: ObjectTable): string {
  const resources = resolve(inherited(page, 'Resources', table), table);
  const entry = (d: PdfValue | undefined, key: string): string => {
    const v = isDict(d) ? resolve(d.v.get(key), table) : undefined;
    return v === undefined || v === null || (isDict(v) && !v.stream && v.v.size === 0) ? '' : `/${key} ${deep(v, table, new Set())}`;
  };
  const parts = [entry(resources, 'ColorSpace'), entry(resources, 'ExtGState'), entry(page, 'Group'), entry(page, 'OutputIntents')].filter((x) => x !== '');
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
  const root = [...chain]
    .reverse()
    .map((s) => s.trailer.v.get('Root'))
    .find(isRef);
  const catalog = root ? table.get(root.n) : undefined;
  if (!isDict(catalog)) throw new Error('no catalog');
  const pages = pagesOf(table, catalog.v.get('Pages'));
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
  return { annotations, actions: actions.join('\n'), colour: pages.map((p) => colourOf(p, table)), outputIntents };
}
