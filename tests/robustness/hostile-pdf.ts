/** Hostile filings for `catalog verify`, made on the fly: damaged, disguised, encrypted and bomb-carrying PDFs. */
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';

/** A one-page PDF made with pdfkit, with the given attachments, Info keys and options (e.g. passwords). */
export function makePdf(
  attachments: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  options: PDFKit.PDFDocumentOptions = {},
  custom: Readonly<Record<string, string>> = {},
): Promise<Buffer> {
  const date = new Date(Date.UTC(2020, 9, 26));
  const doc = new PDFDocument({ ...options, info: { CreationDate: date, ...custom } as PDFKit.DocumentInfo });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('catalog filing');
  for (const a of attachments) doc.file(Buffer.from(a.bytes), { name: a.name, type: 'application/yaml', creationDate: date, modifiedDate: date });
  doc.end();
  return done;
}

/** Billion laughs: nine levels of nine aliases. */
export const YAML_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from('bcdefghi', (k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  '',
].join('\n');

export interface HostileFiling {
  readonly file: string;
  /** The missing-source message (or other rule) expected, and its text. */
  readonly rule: string;
  readonly message: RegExp;
  /** Extra arguments for verify. */
  readonly args?: readonly string[];
}

/** Write every hostile filing into `dir`, starting from a good filing PDF; returns the cases. */
export async function writeHostileFilings(dir: string, good: Uint8Array, source: Uint8Array): Promise<HostileFiling[]> {
  const put = (name: string, bytes: Uint8Array | string): string => {
    writeFileSync(join(dir, name), bytes);
    return name;
  };
  const sparse = (name: string, size: number): string => {
    const fd = openSync(join(dir, name), 'w');
    ftruncateSync(fd, size);
    closeSync(fd);
    return name;
  };
  const big = new Uint8Array(100 * 1024 * 1024).fill(0x20);
  return [
    { file: put('truncated.pdf', good.subarray(0, Math.floor(good.length / 2))), rule: 'missing-source', message: /PDF 文件不完整/ },
    { file: put('zero-byte.pdf', ''), rule: 'missing-source', message: /文件是空的（0 字节）/ },
    { file: put('not-pdf.pdf', '这不是 PDF，是一段文字。\n'), rule: 'missing-source', message: /文件不是 PDF（开头是“这不是 PDF/ },
    { file: put('zip-renamed.pdf', zipSync({ 'weihui.filing.pdf': good, 'readme.txt': strToU8('x') })), rule: 'missing-source', message: /ZIP 压缩包/ },
    {
      file: put(
        'encrypted.pdf',
        await makePdf([{ name: 'weihui.yaml', bytes: source }], { userPassword: 'secret', ownerPassword: 'owner' }, { CatalogueId: 'weihui' }),
      ),
      rule: 'missing-source',
      message: /设置了打开密码/,
    },
    { file: sparse('huge.pdf', 60 * 1024 * 1024), rule: 'missing-source', message: /文件有 60\.0 MB，超过上限 50\.0 MB，未读取/ },
    { file: put('over-max-size.pdf', good), args: ['--max-size', '100KB'], rule: 'missing-source', message: /超过上限 0\.1 MB，未读取/ },
    {
      file: put('yaml-bomb.pdf', await makePdf([{ name: 'weihui.yaml', bytes: new TextEncoder().encode(YAML_BOMB) }], {}, { CatalogueId: 'weihui' })),
      rule: 'yaml-syntax',
      message: /别名（\*引用）展开过多/,
    },
    {
      file: put('attachment-100mb.pdf', await makePdf([{ name: 'weihui.yaml', bytes: big }], {}, { CatalogueId: 'weihui' })),
      rule: 'yaml-syntax',
      message: /超过目录文件 2\.0 MB 的上限/,
    },
  ];
}
