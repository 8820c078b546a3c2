/**
 * What MuPDF takes when it repairs a file (on any error it meets reading it): every object of every object
 * stream it finds, over the objects the xref gives. A signing update written with an xref stream packs its
 * seal's widget in an object stream that also holds a forged page 3 (painted white) the update's xref does not
 * list: pdf.js and verify read the xref (the genuine page), a repairing MuPDF shows the forged one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, isRef, type PdfDict } from '../../src/filing/pdf-syntax.js';
import { objectHeader } from '../../src/filing/pdf-xref.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendPackedUpdate, pageAndCatalog, stream, withEntries } from './forge.js';
import { addSignaturePlaceholder, signPlaceholder } from './sign.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** A signed update whose widget (object size + 1) is packed in an object stream with `hidden`; `size` overrides the xref's /Size. */
async function packedSeal(
  hidden: (size: number) => Map<number, string>,
  extra = new Map<number, string | Buffer>(),
  size?: (n: number) => number,
): Promise<Uint8Array> {
  const g = pageAndCatalog(good, 3);
  const widget = g.size + 1;
  const placeholder = addSignaturePlaceholder(
    good,
    3,
    {},
    {
      objects: extra,
      write: (bytes, objects) => {
        const rest = new Map(objects);
        const body = rest.get(widget);
        rest.delete(widget);
        return appendPackedUpdate(bytes, rest, new Map([[widget, String(body)]]), hidden(g.size), size?.(widget));
      },
    },
  );
  return signPlaceholder(placeholder, 'Weihui Education Bureau');
}

describe('object streams in a signing update', () => {
  it('a widget packed in an object stream the xref lists alone stays signed-document', async () => {
    const r = await filingFindings(await packedSeal(() => new Map()), env);
    expect(r.integrity).toBe('ok');
    expect(r.found.map((f) => f.rule)).toContain('signed-document');
  });

  it('an object stream that also holds a forged page 3 the xref does not list is tampered-document', async () => {
    const { page, table, size } = pageAndCatalog(good, 3);
    const contents = page.dict.v.get('Contents');
    if (!isRef(contents)) throw new Error('page 3 has no single content stream');
    const data = Buffer.from(decodeStream(table.get(contents.n) as PdfDict));
    const content = size + 10;
    const forgedPage = withEntries(page.dict, { Contents: `${content} 0 R`, Annots: `[${size + 1} 0 R]` });
    const r = await filingFindings(
      await packedSeal(
        () => new Map([[page.num, forgedPage]]),
        new Map([[content, stream('', Buffer.concat([data, Buffer.from('\nq 1 1 1 rg -10 -10 2000 2000 re f Q')]))]]),
      ),
      env,
    );
    expect(r.integrity).toBe('tampered');
  });

  it('an xref stream whose /Size does not cover the packed widget is tampered-document', async () => {
    const r = await filingFindings(
      await packedSeal(
        () => new Map(),
        new Map(),
        (widget) => widget,
      ),
      env,
    );
    expect(r.integrity).toBe('tampered');
  });
});

describe('object headers with comments between their tokens', () => {
  it('are found as MuPDF finds them', () => {
    const re = objectHeader();
    expect(re.exec('x 12 %c\n0 %d\r obj <<>>')?.slice(1, 3)).toEqual(['12', '0']);
    expect(objectHeader().exec('12 0 objx')).toBeNull();
  });

  it('a genuine filing with a comment inside an object header (`N 0%⏎obj`, same length) stays other-version', async () => {
    const { page } = pageAndCatalog(good, 3);
    const text = Buffer.from(good).toString('latin1');
    const head = `\n${page.num} 0 obj\n`;
    const at = text.indexOf(head);
    expect(at).toBeGreaterThan(0);
    const edited = `${text.slice(0, at)}\n${page.num} 0%\nobj${text.slice(at + head.length)}`;
    const r = await filingFindings(new Uint8Array(Buffer.from(edited, 'latin1')), env);
    expect(r.integrity).toBe('ok');
  });
});
