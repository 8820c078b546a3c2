/** Which reader a file needs, from its name and first bytes; old binary and encrypted files are refused with a way out. */
import { ImportError } from './texts.js';

export type TableFormat = 'docx' | 'xlsx' | 'html' | 'csv';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** An OLE compound file holding an `EncryptionInfo` stream is an encrypted OOXML package (its directory names are UTF-16LE). */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

const OLD: Readonly<Record<string, { kind: string; app: string; target: string }>> = {
  doc: { kind: 'Word 97-2003 (.doc)', app: 'Word 或 WPS 文字', target: 'Word 文档 (*.docx)' },
  wps: { kind: 'WPS 文字 (.wps)', app: 'WPS 文字', target: 'Word 文档 (*.docx)' },
  xls: { kind: 'Excel 97-2003 (.xls)', app: 'Excel 或 WPS 表格', target: 'Excel 工作簿 (*.xlsx)' },
  et: { kind: 'WPS 表格 (.et)', app: 'WPS 表格', target: 'Excel 工作簿 (*.xlsx)' },
};

/** The reader for `file`; throws ImportError for formats that cannot be read and say why. */
export function detectFormat(file: string, bytes: Uint8Array): TableFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, CFB)) {
    if (hasEncryptionInfo(bytes)) throw new ImportError('err.encrypted', { file });
    const old = OLD[ext] ?? (ext === 'xlsx' ? OLD.xls : OLD.doc);
    throw new ImportError('err.oldBinary', { file, ...(old ?? OLD.doc) });
  }
  const old = OLD[ext];
  if (old) throw new ImportError('err.oldBinary', { file, ...old });
  if (ext === 'docx' || ext === 'xlsx') {
    if (!startsWith(bytes, ZIP)) throw new ImportError('err.corrupt', { file, kind: ext.toUpperCase(), reason: 'not a zip package' });
    return ext;
  }
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'csv') return 'csv';
  throw new ImportError('err.format', { file });
}
