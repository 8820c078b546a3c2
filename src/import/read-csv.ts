/** CSV → one grid (RFC 4180 quoting, a BOM, UTF-8 or GB18030 as Excel on Chinese Windows saves it). */
import { cellText, type Grid } from './grid.js';
import { decodeText } from './read-html.js';

/** Split CSV text into records of fields; quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const delimiter = !text.split('\n', 1)[0]?.includes(',') && text.includes('\t') ? '\t' : ',';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

export function readCsv(bytes: Uint8Array): Grid[] {
  const records = parseCsv(decodeText(bytes));
  const width = Math.max(0, ...records.map((r) => r.length));
  const rows = records.map((r, i) => ({
    cells: Array.from({ length: width }, (_, c) => ({ text: cellText((r[c] ?? '').replace(/\r\n?/g, '\n').split('\n')) })),
    number: i + 1,
  }));
  return [{ where: { zh: '表格', en: 'the table' }, rows, before: [] }];
}
