/** A real compression bomb for the tests: a small PDF whose embedded file inflates to `inflated` bytes of zeros. */
import { constants, createDeflate } from 'node:zlib';

/** Deflate `size` zero bytes without ever holding them: 1 GiB becomes about 1 MB. */
export function deflatedZeros(size: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = createDeflate({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
    const parts: Buffer[] = [];
    z.on('data', (b: Buffer) => parts.push(b));
    z.on('end', () => resolve(Buffer.concat(parts)));
    z.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024);
    let left = size;
    const pump = (): void => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!z.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          z.once('drain', pump);
          return;
        }
      }
      z.end();
    };
    pump();
  });
}

/** A one-page PDF with `weihui.yaml` embedded as a FlateDecode stream of `data` (cross-reference table and all). */
export function pdfWithEmbeddedStream(data: Buffer): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(weihui.yaml) 4 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    '<< /Type /Filespec /F (weihui.yaml) /UF (weihui.yaml) /EF << /F 5 0 R >> >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const push = (b: Buffer): void => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
  });
  offsets.push(length);
  push(Buffer.from(`5 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'));
  push(data);
  push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  const xref = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 6\n0000000000 65535 f \n${rows}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
