/**
 * Cross-reference tables read one way by verify's own parser and another by a viewer (pdf.js): an object
 * listed twice in one xref section (pdf.js keeps the first, a Map the last), an entry 0 in use or a
 * subsection "1 N" opened by a free entry (pdf.js renumbers it, or rebuilds the whole table from the
 * objects it finds in the file, the last of each number winning). Each of these made verify prove the
 * genuine object graph while a viewer painted a forged page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, isRef, type PdfDict, type PdfValue } from '../../src/filing/pdf-syntax.js';
import { loadPdfJs } from '../../src/filing/extract.js';
import { startxref } from '../../src/filing/pdf-xref.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { objectsOf, pageAndCatalog, pdf, stream, withEntries } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';
import { addSignaturePlaceholder, signPlaceholder } from './sign.js';

let env: VerifyEnv;
let good: Uint8Array;
/** The whole page painted white: every item of page 3 gone for a reader. */
const WHITE_PAGE = 'q 1 1 1 rg -10 -10 2000 2000 re f Q';

/** Page 3's content stream object number, and a forged body for it (the page, then white over all of it). */
function forgedContent(): { num: number; body: Buffer } {
  const { page, table } = pageAndCatalog(good, 3);
  const ref = page.dict.v.get('Contents');
  if (!isRef(ref)) throw new Error('page 3 has no single content stream');
  const content = Buffer.from(decodeStream(table.get(ref.n) as PdfDict));
  return { num: ref.n, body: stream('', Buffer.concat([content, Buffer.from(`\n${WHITE_PAGE}`)])) };
}

/**
 * The genuine file with `extra` (raw object bodies) written just before its xref table, that table's text
 * rewritten by `table` (given the offsets of the extra objects), and startxref moved: still one revision.
 */
function rewriteTable(
  extra: ReadonlyMap<number, Buffer>,
  table: (xref: string, offsets: ReadonlyMap<number, number>) => string,
  between = '',
  afterStartxref = '\n',
): Uint8Array {
  const at = startxref(good, 0, good.length);
  const text = Buffer.from(good).toString('latin1');
  const end = text.indexOf('startxref', at);
  const parts: Buffer[] = [Buffer.from(good.subarray(0, at))];
  let offset = at;
  const offsets = new Map<number, number>();
  for (const [n, body] of extra) {
    const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.set(n, offset);
    parts.push(chunk);
    offset += chunk.length;
  }
  parts.push(Buffer.from(between, 'latin1'));
  offset += between.length;
  parts.push(Buffer.from(`${table(text.slice(at, end), offsets)}startxref${afterStartxref}${offset}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

const entry = (at: number, kind = 'n'): string => `${String(at).padStart(10, '0')} 00000 ${kind}\r\n`;

/** Whether pdf.js paints page 3 of `bytes` otherwise than the genuine filing (the forgery works on a viewer). */
async function viewerSeesForgery(bytes: Uint8Array): Promise<boolean> {
  const pdfjs = await loadPdfJs();
  const ops = async (data: Uint8Array): Promise<number> => {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    try {
      return (await (await doc.getPage(3)).getOperatorList()).fnArray.length;
    } finally {
      await doc.destroy();
    }
  };
  return (await ops(bytes)) !== (await ops(good));
}

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe('one revision whose xref a viewer reads otherwise', () => {
  it('an object listed twice in the table (the forged body first) is not proven genuine', async () => {
    const { num, body } = forgedContent();
    const forged = rewriteTable(new Map([[num, body]]), (xref, offsets) => xref.replace(/^xref\r?\n/, `xref\n${num} 1\n${entry(offsets.get(num)!)}`));
    expect(await viewerSeesForgery(forged)).toBe(true);
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });

  it('an entry 0 in use (pdf.js rebuilds the table; a later copy of an object wins) is not proven genuine', async () => {
    const { num, body } = forgedContent();
    const forged = rewriteTable(new Map([[num, body]]), (xref) =>
      xref.replace(/^(xref\r?\n0 \d+\r?\n)\d{10} \d{5} f/, (_m, head: string) => `${head}0000000000 00000 n`),
    );
    expect(await viewerSeesForgery(forged)).toBe(true);
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });
});

describe('a signing update whose xref a viewer reads otherwise', () => {
  it('the page content listed twice in the update (forged first, the genuine offset last) is tampered-document', async () => {
    const { num, body } = forgedContent();
    const genuineAt = (objectsOf(good).table.entries.get(num) as { at: number }).at;
    const placeholder = Buffer.from(addSignaturePlaceholder(good, 3, {}, { objects: new Map([[num, body]]) }));
    const text = placeholder.toString('latin1');
    const xref = text.lastIndexOf('\nxref\n') + 1;
    const line = new RegExp(`\n${num} 1\n\\d{10} 00000 n\r\n`).exec(text.slice(xref));
    if (!line) throw new Error('no xref line for the content');
    const insertAt = xref + line.index + line[0].length;
    const withTwin = Buffer.concat([placeholder.subarray(0, insertAt), Buffer.from(`${num} 1\n${entry(genuineAt)}`, 'latin1'), placeholder.subarray(insertAt)]);
    const signed = await signPlaceholder(new Uint8Array(withTwin), 'Weihui Education Bureau');
    expect(await viewerSeesForgery(signed)).toBe(true);
    const r = await filingFindings(signed, env);
    expect(r.integrity).toBe('tampered');
  });

  it("a page listed at another number's object, the forged content written outside the xref, is tampered-document", async () => {
    const { num, body } = forgedContent();
    const { page } = pageAndCatalog(good, 3);
    const placeholder = Buffer.from(addSignaturePlaceholder(good));
    const xrefAt = placeholder.toString('latin1').lastIndexOf('\nxref\n') + 1;
    // pdf.js meets object 99999 where page 3 should be, rebuilds its table and takes the last "N 0 obj" of each number.
    const decoy = Buffer.concat([Buffer.from(`${num} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    const twin = Buffer.from(`99999 0 obj\n${pdf(page.dict)}\nendobj\n`, 'latin1');
    const tail = placeholder
      .subarray(xrefAt)
      .toString('latin1')
      .replace('\ntrailer\n', `\n${page.num} 1\n${entry(xrefAt + decoy.length)}trailer\n`)
      .replace(/startxref\n(\d+)/, (_m, n: string) => `startxref\n${Number(n) + decoy.length + twin.length}`);
    const forged = Buffer.concat([placeholder.subarray(0, xrefAt), decoy, twin, Buffer.from(tail, 'latin1')]);
    const signed = await signPlaceholder(new Uint8Array(forged), 'Weihui Education Bureau');
    expect(await viewerSeesForgery(signed)).toBe(true);
    const r = await filingFindings(signed, env);
    expect(r.integrity).toBe('tampered');
  });
});

describe('a file pdf.js reads as linearized and verify did not', () => {
  /**
   * The genuine objects (offsets shifted), and ahead of them a linearization dictionary whose key is written
   * /Lineari#7Aed: pdf.js decodes the name, starts at the xref stream just after it (as for any linearized
   * file) and finds page 3 there, packed in an object stream, painting a forged content stream. The last
   * startxref names a table of the genuine objects (the new ones listed too, unreferenced).
   */
  function linearizedForgery(): Uint8Array {
    const { body } = forgedContent();
    const { page, size } = pageAndCatalog(good, 3);
    const text = Buffer.from(good).toString('latin1');
    const headerEnd = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    const at = startxref(good, 0, good.length);
    const [L, X, S, K] = [size, size + 1, size + 2, size + 3];
    const root = objectsOf(good).trailer.v.get('Root');
    const pageBody = `${withoutContents(page.dict)} /Contents ${K} 0 R>>`;
    const objStm = `${page.num} 0 `;
    const packed = stream(`/Type /ObjStm /N 1 /First ${objStm.length}`, objStm + pageBody);
    const xrefRow = Buffer.from([2, 0, 0, 0, 0, 0]);
    xrefRow.writeUInt32BE(S, 1);
    const build = (total: number, mainAt: number): Buffer => {
      const key = 'Lineari#7Aed';
      const lin = Buffer.from(
        `${L} 0 obj\n<< /${key} 1 /L ${String(total).padStart(10, '0')} /H [1 1] /O ${pageAndCatalog(good, 1).page.num} /E 1 /N ${countPages()} /T 1 >>\nendobj\n`,
        'latin1',
      );
      const xs = Buffer.concat([
        Buffer.from(`${X} 0 obj\n`),
        stream(`/Type /XRef /Size ${K + 1} /W [1 4 1] /Index [${page.num} 1] /Root ${pdf(root ?? null)} /Prev ${String(mainAt).padStart(10, '0')}`, xrefRow),
        Buffer.from('\nendobj\n'),
      ]);
      const prefix = Buffer.concat([lin, xs]);
      const delta = prefix.length;
      const objects = Buffer.from(good.subarray(headerEnd, at));
      const extra = [
        [S, packed],
        [K, body],
      ] as const;
      const tail: Buffer[] = [];
      const own = new Map<number, number>([
        [L, headerEnd],
        [X, headerEnd + lin.length],
      ]);
      let off = at + delta;
      for (const [n, b] of extra) {
        const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`), b, Buffer.from('\nendobj\n')]);
        own.set(n, off);
        tail.push(chunk);
        off += chunk.length;
      }
      const table = objectsOf(good).table;
      const rows: string[] = ['xref', `0 ${K + 1}`, '0000000000 65535 f\r'];
      for (let n = 1; n <= K; n++) {
        const e = table.entries.get(n);
        const o = own.get(n) ?? (e?.kind === 'offset' ? e.at + delta : undefined);
        rows.push(o === undefined ? '0000000000 65535 f\r' : `${String(o).padStart(10, '0')} 00000 n\r`);
      }
      const trailer = `trailer\n<< /Size ${K + 1} /Root ${pdf(root ?? null)} ${pdf(objectsOf(good).trailer.v.get('Info') ?? null) === 'null' ? '' : `/Info ${pdf(objectsOf(good).trailer.v.get('Info') ?? null)}`} >>\nstartxref\n${off}\n%%EOF\n`;
      return Buffer.concat([Buffer.from(good.subarray(0, headerEnd)), prefix, objects, ...tail, Buffer.from(`${rows.join('\n')}\n${trailer}`, 'latin1')]);
    };
    // Two passes: the main xref's offset and the file's length are written into the prefix at a fixed width.
    const first = build(0, 0);
    const mainAt = first.toString('latin1').lastIndexOf('\nxref\n') + 1;
    return new Uint8Array(build(first.length, mainAt));
  }

  const countPages = (): number =>
    Number((objectsOf(good).table.get((pageAndCatalog(good, 1).catalog.dict.v.get('Pages') as { n: number }).n) as PdfDict).v.get('Count'));
  const withoutContents = (d: PdfDict): string =>
    `<<${[...d.v]
      .filter(([k]) => k !== 'Contents')
      .map(([k, x]) => `/${k} ${pdf(x)}`)
      .join(' ')}`;

  it('a linearization dictionary with an escaped name is not proven genuine', async () => {
    const forged = linearizedForgery();
    expect(await viewerSeesForgery(forged)).toBe(true);
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });
});

describe('bytes before the %PDF- header', () => {
  /**
   * pdf.js counts every offset from where "%PDF-" is (within the first 1024 bytes), verify counted from byte 0.
   * With K bytes of comment before the header, startxref S names for verify a small table at S (whose /Prev is
   * a table of the genuine objects at their true offsets) and for pdf.js the xref stream K bytes further on,
   * which packs a forged page 3 into an object stream and whose /Prev is a table of offsets counted from the header.
   */
  function shiftedForgery(): Uint8Array {
    const k = 200;
    const { body } = forgedContent();
    const { page, size } = pageAndCatalog(good, 3);
    const { table, trailer } = objectsOf(good);
    const at = startxref(good, 0, good.length);
    const [S2, K, X] = [size, size + 1, size + 2];
    const rootInfo = `/Root ${pdf(trailer.v.get('Root') ?? null)} /Info ${pdf(trailer.v.get('Info') ?? null)}`;
    const pageBody = `<<${[...page.dict.v]
      .filter(([key]) => key !== 'Contents')
      .map(([key, x]) => `/${key} ${pdf(x)}`)
      .join(' ')} /Contents ${K} 0 R>>`;
    const objStm = stream(`/Type /ObjStm /N 1 /First ${`${page.num} 0 `.length}`, `${page.num} 0 ${pageBody}`);
    const junk = Buffer.from(`%${'x'.repeat(k - 2)}\n`, 'latin1');
    const parts: Buffer[] = [junk, Buffer.from(good.subarray(0, at))];
    let pos = k + at;
    const abs = new Map<number, number>();
    for (let n = 1; n < size; n++) {
      const e = table.entries.get(n);
      if (e?.kind === 'offset') abs.set(n, e.at + k);
    }
    for (const [n, b] of [
      [S2, objStm],
      [K, body],
    ] as const) {
      const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`), b, Buffer.from('\nendobj\n')]);
      abs.set(n, pos);
      parts.push(chunk);
      pos += chunk.length;
    }
    const small = pos;
    const xAt = small + k;
    abs.set(X, xAt);
    const tableText = (shift: number): string => {
      const rows = ['xref', `0 ${X + 1}`, '0000000000 65535 f\r'];
      for (let n = 1; n <= X; n++) rows.push(abs.has(n) ? `${String(abs.get(n)! - shift).padStart(10, '0')} 00000 n\r` : '0000000000 65535 f\r');
      return `${rows.join('\n')}\ntrailer\n<< /Size ${X + 1} ${rootInfo} >>\n`;
    };
    const row = Buffer.from([2, 0, 0, 0, 0, 0]);
    row.writeUInt32BE(S2, 1);
    // Fixed-width numbers: the two tables' offsets are only known once the xref stream is written.
    const xrefStream = (t1: number, t2: number): Buffer =>
      Buffer.concat([
        Buffer.from(`${X} 0 obj\n`),
        stream(`/Type /XRef /Size ${X + 1} /W [1 4 1] /Index [${page.num} 1] ${rootInfo} /Prev ${String(t2 - k).padStart(10, '0')}`, row),
        Buffer.from('\nendobj\n'),
      ]);
    const smallTable = (t1: number): Buffer => {
      const text = `xref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size ${X + 1} ${rootInfo} /Prev ${String(t1).padStart(10, '0')} >>\n`;
      if (text.length > k) throw new Error('the small table does not fit');
      return Buffer.from(text.padEnd(k, ' '), 'latin1');
    };
    const xLength = xrefStream(0, k).length;
    const t1 = xAt + xLength;
    const t1Text = tableText(0);
    const t2 = t1 + t1Text.length;
    parts.push(smallTable(t1), xrefStream(t1, t2), Buffer.from(t1Text, 'latin1'), Buffer.from(`${tableText(k)}startxref\n${small}\n%%EOF\n`, 'latin1'));
    return new Uint8Array(Buffer.concat(parts));
  }

  it('a header moved by a comment in front is not proven genuine', async () => {
    const forged = shiftedForgery();
    expect(await viewerSeesForgery(forged)).toBe(true);
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });
});

describe('a table pdf.js rebuilds and picks another trailer for', () => {
  /**
   * "startxref" followed by a form feed: a regular expression's \s skips it, pdf.js does not, reads the xref at
   * offset 0, fails and rebuilds its table, taking the first trailer in the file whose /Root has /Pages. A
   * trailer written before the table names a second catalog (listed in the xref, referenced by nothing verify
   * walks) whose page tree holds a forged page 3.
   */
  function recoveryForgery(): Uint8Array {
    const { body } = forgedContent();
    const g = pageAndCatalog(good, 3);
    const { table, trailer } = objectsOf(good);
    const pagesRef = g.catalog.dict.v.get('Pages') as { n: number };
    const pages = table.get(pagesRef.n) as PdfDict;
    const [R2, P2, F3, K] = [g.size, g.size + 1, g.size + 2, g.size + 3];
    const kids = (pages.v.get('Kids') as PdfValue[]).map(pdf);
    kids[2] = `${F3} 0 R`;
    const extra = new Map<number, Buffer>([
      [R2, Buffer.from(withEntries(g.catalog.dict, { Pages: `${P2} 0 R` }), 'latin1')],
      [P2, Buffer.from(withEntries(pages, { Kids: `[${kids.join(' ')}]` }), 'latin1')],
      [F3, Buffer.from(withEntries(g.page.dict, { Contents: `${K} 0 R`, Parent: `${P2} 0 R` }), 'latin1')],
      [K, body],
    ]);
    const info = trailer.v.get('Info');
    const decoy = `trailer\n<< /Size ${K + 1} /Root ${R2} 0 R${info ? ` /Info ${pdf(info)}` : ''} >>\n`;
    return rewriteTable(
      extra,
      (xref, offsets) =>
        xref.replace(/\ntrailer/, `\n${R2} 4\n${[R2, P2, F3, K].map((n) => entry(offsets.get(n)!)).join('')}trailer`).replace(/\/Size \d+/, `/Size ${K + 1}`),
      decoy,
      '\f',
    );
  }

  it('a form feed after startxref and a second trailer are not proven genuine', async () => {
    const forged = recoveryForgery();
    expect(await viewerSeesForgery(forged)).toBe(true);
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });
});

describe('a table MuPDF reads in 20-byte entries', () => {
  /**
   * The genuine file with a forged page 3 (its content painted white) packed in an object stream listed in
   * the table but referenced by nothing, and the table's entries laid out by `layout`. pdf.js and verify read
   * the table word by word (the genuine page); MuPDF reads 20-byte entries, fails, repairs the file and lets
   * the objects of any object stream win over the ones at their headers: the forged page.
   */
  function strayPage(layout: (entries: string) => string): Uint8Array {
    const { num, body } = forgedContent();
    const { page, size } = pageAndCatalog(good, 3);
    const [F, S] = [size, size + 1];
    const objStm = `${page.num} 0 `;
    const pageBody = pdf(page.dict).replace(`/Contents ${num} 0 R`, `/Contents ${F} 0 R`);
    const packed = stream(`/Type /ObjStm /N 1 /First ${objStm.length}`, objStm + pageBody);
    return rewriteTable(
      new Map([
        [F, body],
        [S, packed],
      ]),
      (xref, offsets) => {
        const m = /^xref\r?\n0 (\d+)\r?\n([^]*?)trailer/.exec(xref);
        if (!m) throw new Error('not one subsection from 0');
        const rows = `${m[2]}${entry(offsets.get(F)!)}${entry(offsets.get(S)!)}`;
        return `xref\n0 ${size + 2}\n${layout(rows)}${xref.slice(m[0].length - 'trailer'.length).replace(`/Size ${size}`, `/Size ${size + 2}`)}`;
      },
    );
  }

  it('a stray object stream with a forged page, the table laid out as the spec says, is tampered-document (MuPDF shows the page once anything makes it repair)', async () => {
    const r = await filingFindings(
      strayPage((rows) => rows),
      env,
    );
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => String(f.data?.detail ?? ''))).toContainEqual(expect.stringMatching(/object stream \d+ gives object/));
  });

  it('the same with three spaces before the first entry (MuPDF repairs and shows the forged page) is tampered-document', async () => {
    const r = await filingFindings(
      strayPage((rows) => `   ${rows}`),
      env,
    );
    expect(r.integrity).toBe('tampered');
  });

  it('the same with two spaces in the subsection header is tampered-document', async () => {
    const forged = Buffer.from(strayPage((rows) => rows)).toString('latin1');
    const at = forged.lastIndexOf('xref\n0 ');
    const r = await filingFindings(new Uint8Array(Buffer.from(`${forged.slice(0, at)}xref\n0  ${forged.slice(at + 7)}`, 'latin1')), env);
    expect(r.integrity).toBe('tampered');
  });
});

describe('genuine signing updates stay signatures', () => {
  it('an update whose xref stream does not list itself is still signed-document', async () => {
    const placeholder = Buffer.from(addSignaturePlaceholder(good));
    const text = placeholder.toString('latin1');
    const xrefAt = text.lastIndexOf('\nxref\n') + 1;
    const table = text.slice(xrefAt, text.indexOf('trailer', xrefAt));
    const trailer = /<<([^]*?)>>\s*startxref/.exec(text.slice(xrefAt))![1]!;
    const rows = [...table.matchAll(/(\d+) 1\r?\n(\d{10}) 00000 n/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const size = Number(/\/Size (\d+)/.exec(trailer)![1]);
    const data = Buffer.concat(
      rows.map(([, at]) => {
        const b = Buffer.alloc(6);
        b[0] = 1;
        b.writeUInt32BE(at, 1);
        return b;
      }),
    );
    const dict = `/Type /XRef /Size ${size + 1} /W [1 4 1] /Index [${rows.map(([n]) => `${n} 1`).join(' ')}] ${trailer.replace(/\/Size \d+/, '')}`;
    const xs = Buffer.concat([Buffer.from(`${size} 0 obj\n`), stream(dict, data), Buffer.from(`\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`)]);
    const update = Buffer.concat([placeholder.subarray(0, xrefAt), xs]);
    const r = await filingFindings(await signPlaceholder(new Uint8Array(update), 'Weihui Education Bureau'), env);
    expect(r).toMatchObject({ integrity: 'ok' });
    expect(r.found.map((f) => f.rule)).toContain('signed-document');
  });
});
