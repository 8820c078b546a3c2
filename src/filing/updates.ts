/**
 * Revisions after the first, judged as PDF signature validators do (after pyHanko's difference analysis):
 * an update may add a digital signature with its seal appearance and nothing else.
 */
import type { Finding } from '../model/index.js';
import { filingFinding } from './findings.js';
import { isDict, isName, isRef, PdfReader, PdfSyntaxError, serialise, type PdfDict, type PdfValue } from './pdf-syntax.js';
import {
  headerOffset,
  mergeSections,
  ObjectTable,
  readSection,
  sectionChain,
  startxref,
  strayObject,
  strayObjectStream,
  type XrefSection,
} from './pdf-xref.js';
import type { Revision } from './revisions.js';
import { sealProblem } from './seal.js';
import { signatureProblem } from './signature.js';
import { signerName } from './signer.js';

export interface UpdatesOutcome {
  readonly tampered: boolean;
  readonly findings: readonly Finding[];
  /** Signature fields and widgets the accepted revisions added or grew: object number → revision (1-based). */
  readonly widgets: ReadonlyMap<number, number>;
}

const ANNOTATIONS = new Set([
  'Text',
  'Link',
  'FreeText',
  'Line',
  'Square',
  'Circle',
  'Polygon',
  'PolyLine',
  'Highlight',
  'Underline',
  'Squiggly',
  'StrikeOut',
  'Stamp',
  'Caret',
  'Ink',
  'Popup',
  'FileAttachment',
  'Sound',
  'Movie',
  'Screen',
  'PrinterMark',
  'TrapNet',
  'Watermark',
  '3D',
  'Redact',
  'RichMedia',
  'Projection',
]);
const FORBIDDEN_TYPES = new Set(['Page', 'Pages', 'Catalog', 'EmbeddedFile', 'Filespec', 'Metadata', 'Outlines', 'Action']);
const CATALOG_MAY_CHANGE = new Set(['AcroForm', 'DSS', 'Perms', 'Extensions']);
const ACROFORM_MAY_CHANGE = new Set(['Fields', 'SigFlags', 'DR', 'DA']);

const typeOf = (d: PdfDict): string => {
  const t = d.v.get('Type') ?? d.v.get('Subtype');
  return isName(t) ? t.v : 'dict';
};

/** One revision's comparison with the one before it. */
class UpdateCheck {
  readonly changes: string[] = [];
  readonly signatures: { signer: string; time: string }[] = [];
  /** The object numbers of the signature fields and widgets this revision accepted (for messages about them). */
  readonly widgets: number[] = [];
  dssOnly = true;
  /** Whether this revision writes the catalog's /DSS (the one reason for an unsigned update after a signature). */
  dss = false;

  constructor(
    private readonly before: ObjectTable,
    private readonly after: ObjectTable,
    private readonly revision: Revision,
  ) {}

  private resolve(v: PdfValue | undefined, table: ObjectTable): PdfValue | undefined {
    return isRef(v) ? table.get(v.n) : v;
  }

  private field(v: PdfValue | undefined): PdfDict | undefined {
    const d = this.resolve(v, this.after);
    if (!isDict(d)) return undefined;
    if (isName(d.v.get('FT'), 'Sig')) return d;
    const parent = this.resolve(d.v.get('Parent'), this.after);
    return isDict(parent) && isName(parent.v.get('FT'), 'Sig') ? d : undefined;
  }

  /** A signature field or its widget, with no action of its own. */
  private sigWidget(v: PdfValue | undefined): boolean {
    const d = this.field(v);
    if (!d) return false;
    if (d.v.has('A') || d.v.has('AA')) {
      this.changes.push('action');
      return false;
    }
    const subtype = d.v.get('Subtype');
    if (subtype !== undefined && !isName(subtype, 'Widget')) return false;
    const seal = d.v.has('Rect') || d.v.has('AP') ? sealProblem(d, this.after) : undefined;
    if (seal) this.changes.push(seal);
    else if (isRef(v)) this.widgets.push(v.n);
    return !seal;
  }

  /** An array that only gained signature fields/widgets (page /Annots, AcroForm /Fields). */
  private grew(old: PdfValue | undefined, now: PdfValue | undefined, label: string): void {
    const a = this.resolve(old, this.before) ?? [];
    const b = this.resolve(now, this.after) ?? [];
    if (!Array.isArray(a) || !Array.isArray(b) || b.length < a.length || a.some((x, i) => serialise(x) !== serialise(b[i] ?? null))) {
      this.changes.push(label);
      return;
    }
    if (b.slice(a.length).some((x) => !this.sigWidget(x))) this.changes.push(label);
  }

  private sameExcept(a: PdfDict, b: PdfDict, allowed: ReadonlySet<string>, label: string): void {
    for (const key of new Set([...a.v.keys(), ...b.v.keys()])) {
      if (allowed.has(key)) continue;
      if (serialise(a.v.get(key) ?? null) !== serialise(b.v.get(key) ?? null) || Boolean(a.stream) !== Boolean(b.stream)) this.changes.push(`${label} /${key}`);
    }
  }

  private acroForm(old: PdfValue | undefined, now: PdfValue | undefined): void {
    const a = this.resolve(old, this.before);
    const b = this.resolve(now, this.after);
    if (!isDict(b)) return void (b !== undefined && this.changes.push('AcroForm'));
    const base: PdfDict = isDict(a) ? a : { t: 'dict', v: new Map() };
    this.sameExcept(base, b, ACROFORM_MAY_CHANGE, 'AcroForm');
    this.grew(base.v.get('Fields'), b.v.get('Fields'), 'AcroForm /Fields');
  }

  /** An object of an earlier revision written again. */
  changed(n: number, rootNum: number, infoNum: number | undefined): void {
    const a = this.before.get(n);
    const b = this.after.get(n);
    if (n === infoNum) return void this.changes.push('Info');
    if (isDict(a) && isDict(b) && n === rootNum) {
      this.sameExcept(a, b, CATALOG_MAY_CHANGE, 'catalog');
      this.acroForm(a.v.get('AcroForm'), b.v.get('AcroForm'));
      if (serialise(a.v.get('DSS') ?? null) !== serialise(b.v.get('DSS') ?? null)) this.dss = true;
      if (
        serialise(a.v.get('AcroForm') ?? null) !== serialise(b.v.get('AcroForm') ?? null) ||
        serialise(a.v.get('Perms') ?? null) !== serialise(b.v.get('Perms') ?? null)
      )
        this.dssOnly = false;
      return;
    }
    if (isDict(a) && isDict(b) && isName(a.v.get('Type'), 'Page')) {
      this.sameExcept(a, b, new Set(['Annots']), `page (${n} 0 obj)`);
      if (serialise(a.v.get('Annots') ?? null) !== serialise(b.v.get('Annots') ?? null)) {
        this.grew(a.v.get('Annots'), b.v.get('Annots'), `page (${n} 0 obj) /Annots`);
        this.dssOnly = false;
      }
      return;
    }
    if (isDict(a) && isDict(b) && a.v.has('Fields') && !a.stream) return void (this.acroForm(a, b), (this.dssOnly = false));
    if (Array.isArray(a) && Array.isArray(b)) return void (this.grew(a, b, `${n} 0 obj`), (this.dssOnly = false));
    if (serialise(a) !== serialise(b)) this.changes.push(`${n} 0 obj (${isDict(a) ? typeOf(a) : 'value'})`);
  }

  /** An object first written in this revision. */
  added(n: number, bytes: Uint8Array): void {
    const v = this.after.get(n);
    if (!isDict(v)) return;
    const type = v.v.get('Type');
    const subtype = v.v.get('Subtype');
    if (isName(type, 'Sig') || isName(type, 'DocTimeStamp') || (v.v.has('ByteRange') && v.v.has('Contents'))) return this.signature(v, bytes);
    if (isName(subtype) && ANNOTATIONS.has(subtype.v)) return void this.changes.push(`${subtype.v} annotation`);
    if (isName(subtype, 'Widget') && !this.sigWidget(n === 0 ? null : { t: 'ref', n, g: 0 })) return void this.changes.push('form field');
    if (v.v.has('S') || v.v.has('JS') || v.v.has('AA') || (v.v.has('A') && !v.v.has('FT'))) return void this.changes.push('action');
    if (isName(type) && FORBIDDEN_TYPES.has(type.v)) return void this.changes.push(type.v);
    if (isName(v.v.get('FT')) && !isName(v.v.get('FT'), 'Sig')) return void this.changes.push('form field');
  }

  private signature(d: PdfDict, bytes: Uint8Array): void {
    this.dssOnly = false;
    const range = d.v.get('ByteRange');
    const contents = d.v.get('Contents');
    const m = d.v.get('M');
    const time = m && typeof m === 'object' && !Array.isArray(m) && m.t === 'str' ? pdfDate(new TextDecoder('latin1').decode(m.v)) : '—';
    const der = contents && typeof contents === 'object' && !Array.isArray(contents) && contents.t === 'str' ? contents.v : new Uint8Array();
    const problem = signatureProblem(bytes, range, der, this.revision.end);
    if (problem) return void this.changes.push(`signature (${problem})`);
    this.signatures.push({ signer: signerName(der) ?? nameOf(d) ?? '—', time });
  }
}

function nameOf(d: PdfDict): string | undefined {
  const n = d.v.get('Name');
  return n && typeof n === 'object' && !Array.isArray(n) && n.t === 'str' ? new TextDecoder('latin1').decode(n.v) : undefined;
}

/** D:YYYYMMDDHHmmSS+08'00' → 2026-12-03 18:20:00 +08:00. */
function pdfDate(s: string): string {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Z+-])?(\d{2})?'?(\d{2})?/.exec(s);
  if (!m) return s;
  const zone = m[7] === 'Z' ? ' UTC' : m[7] ? ` ${m[7]}${m[8] ?? '00'}:${m[9] ?? '00'}` : '';
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'} ${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${zone}`;
}

/** The object number of the xref stream at `at`, if the section there is one. */
function xrefStreamNumber(bytes: Uint8Array, at: number): number | undefined {
  const r = new PdfReader(bytes, at);
  if (r.word(true) === 'xref') return undefined;
  return r.object().n;
}

/**
 * The update's one xref section (with its /XRefStm): its /Prev must be the previous revision's startxref,
 * so that every reader following the chain sees exactly these objects on top of the previous revision.
 */
function updateSection(
  bytes: Uint8Array,
  rev: Revision,
  previousAt: number,
  changes: string[],
): { section: XrefSection; structural: Set<number>; xrefAt: number[] } {
  const at = startxref(bytes, rev.start, rev.end);
  if (at < rev.start) throw new PdfSyntaxError('the update points into an earlier revision');
  const section = readSection(bytes, at);
  if (section.trailer.v.get('Prev') !== previousAt) changes.push('xref /Prev (a second xref section)');
  const structural = new Set<number>();
  const own = xrefStreamNumber(bytes, at);
  if (own !== undefined) structural.add(own);
  const stm = section.trailer.v.get('XRefStm');
  if (typeof stm === 'number') {
    const hybrid = readSection(bytes, stm);
    const prev = hybrid.trailer.v.get('Prev');
    if (stm < rev.start || stm >= rev.end || (prev !== undefined && prev !== previousAt)) changes.push('xref /XRefStm');
    const n = xrefStreamNumber(bytes, stm);
    if (n !== undefined) structural.add(n);
  }
  // Object streams the xref actually uses as containers (not whatever calls itself /ObjStm).
  for (const e of section.entries.values()) if (e.kind === 'packed') structural.add(e.stream);
  return { section, structural, xrefAt: typeof stm === 'number' ? [at, stm] : [at] };
}

/** Judge revision `k` (1-based index into `revisions`) against the file as it was before it. */
function checkRevision(bytes: Uint8Array, revisions: readonly Revision[], k: number): UpdateCheck {
  const rev = revisions[k] as Revision;
  const previous = revisions[k - 1] as Revision;
  const previousAt = startxref(bytes, 0, previous.end);
  const beforeSections = sectionChain(bytes, previousAt);
  const before = new ObjectTable(bytes, mergeSections(beforeSections));
  const changes: string[] = [];
  const { section, structural, xrefAt } = updateSection(bytes, rev, previousAt, changes);
  const after = new ObjectTable(bytes, mergeSections([...beforeSections, section]));
  const check = new UpdateCheck(before, after, rev);
  check.changes.push(...changes);
  // Every object the update writes is one its xref lists there (a viewer rebuilding the table would take any other).
  const stray = strayObject(bytes, rev.start, rev.end, section.entries, xrefAt);
  if (stray !== undefined) check.changes.push(`object outside the xref (${stray})`);
  // Its object streams hold only what its xref places there (MuPDF's repair takes every object of every object stream).
  const packed = strayObjectStream(bytes, rev.end, section.entries, rev.start);
  if (packed !== undefined) check.changes.push(packed);
  const size = section.trailer.v.get('Size');
  if (typeof size !== 'number' || [...section.entries.keys()].some((n) => n >= size)) check.changes.push('xref /Size');
  const oldTrailer = beforeSections.at(-1)?.trailer;
  for (const key of ['Root', 'Info', 'Encrypt']) {
    if (serialise(oldTrailer?.v.get(key) ?? null) !== serialise(section.trailer.v.get(key) ?? null)) check.changes.push(`trailer /${key}`);
  }
  const root = section.trailer.v.get('Root');
  const info = section.trailer.v.get('Info');
  for (const [n, entry] of section.entries) {
    // Only the update's own xref stream and the object streams it packs into are structure, and only when new.
    if (n === 0 || (structural.has(n) && !before.has(n))) continue;
    if (entry.kind === 'free') {
      if (before.has(n)) check.changes.push(`${n} 0 obj (deleted)`);
      continue;
    }
    if (before.has(n)) check.changed(n, isRef(root) ? root.n : -1, isRef(info) ? info.n : undefined);
    else check.added(n, bytes);
  }
  return check;
}

/** Every revision after the first: a signature (info) or what it changed (tampered-document). */
export function analyseUpdates(bytes: Uint8Array, revisions: readonly Revision[]): UpdatesOutcome {
  const findings: Finding[] = [];
  const widgets = new Map<number, number>();
  let tampered = false;
  let signed = false;
  for (let k = 1; k < revisions.length; k++) {
    let check: UpdateCheck;
    try {
      // Bytes before the header: a viewer reads every offset of the update elsewhere than we would.
      if (headerOffset(bytes) !== 0) throw new PdfSyntaxError('bytes before the %PDF- header');
      check = checkRevision(bytes, revisions, k);
    } catch (e) {
      tampered = true;
      findings.push(filingFinding('tampered-document', 'revision', { revision: k + 1, what: `unreadable (${(e as Error).message.slice(0, 60)})` }));
      continue;
    }
    // After a signature, an unsigned update may only add validation data (/DSS, PAdES LTV); one that writes nothing,
    // or only a new trailer /ID, is not a signature either (§7: anything else is tampered-document).
    const unsigned = check.signatures.length === 0 && !(signed && check.dssOnly && check.dss);
    const changes = [...new Set(check.changes)];
    if (changes.length > 0 || unsigned) {
      tampered = true;
      findings.push(
        filingFinding('tampered-document', 'revision', { revision: k + 1, what: changes.length > 0 ? changes.slice(0, 4).join(', ') : 'no signature' }),
      );
      continue;
    }
    for (const s of check.signatures) findings.push(filingFinding('signed-document', 'default', { revision: k + 1, signer: s.signer, time: s.time }));
    for (const n of check.widgets) if (!widgets.has(n)) widgets.set(n, k + 1);
    signed ||= check.signatures.length > 0;
  }
  return { tampered, findings, widgets };
}
