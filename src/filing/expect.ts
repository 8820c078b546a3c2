/** `--expect 名单.csv`: the units that must file (region, id), from a CSV in UTF-8 (BOM or not) or GBK, with an optional header row. */

/** 应报送单位: one row of the list. */
export interface ExpectedUnit {
  readonly region: string;
  readonly id: string;
  /** Its line in the list (for messages). */
  readonly line: number;
}

export type ExpectList =
  | { readonly ok: true; readonly units: readonly ExpectedUnit[]; readonly encoding: 'utf-8' | 'gbk' }
  | {
      readonly ok: false;
      readonly line: number;
      readonly problem: 'columns' | 'empty' | 'duplicate' | 'noRows' | 'encoding' | 'quote';
      readonly detail: string;
    };

const HEADER_REGION = /^(region|地区|单位|地区\/单位|单位名称|县（市、区）|县\(市、区\)|名称)$/i;
const HEADER_ID = /^(id|编号|目录编号|目录id|代码)$/i;

/** The text of the list: UTF-8 (a BOM is dropped); bytes that are not UTF-8 are read as GBK. */
function decodeList(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gbk', { fatal: true }).decode(bytes), encoding: 'gbk' };
    } catch {
      return undefined;
    }
  }
}

/** One CSV line into fields (RFC 4180 quotes within the line; a list never needs line breaks in a cell). */
function fields(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return undefined;
        value += line.slice(i, q);
        i = q + 1;
        if (line[i] === '"') {
          value += '"';
          i++;
        } else break;
      }
      const comma = line.indexOf(',', i);
      if (line.slice(i, comma < 0 ? undefined : comma).trim() !== '') return undefined;
      i = comma < 0 ? line.length : comma;
    } else {
      const comma = line.indexOf(',', i);
      value = line.slice(i, comma < 0 ? undefined : comma);
      i = comma < 0 ? line.length : comma;
    }
    out.push(value.trim());
    if (i >= line.length) return out;
    i++;
  }
}

/** Parse the list; every malformed row is refused with its line number (the run stops: a wrong list gives a wrong decision). */
export function parseExpectList(bytes: Uint8Array): ExpectList {
  const decoded = decodeList(bytes);
  if (!decoded) return { ok: false, line: 1, problem: 'encoding', detail: '' };
  const lines = decoded.text.split(/\r\n|\r|\n/);
  const units: ExpectedUnit[] = [];
  const seen = new Map<string, number>();
  let order: [number, number] = [0, 1];
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] ?? '';
    if (raw.trim() === '') continue;
    const cells = fields(raw);
    const line = n + 1;
    if (!cells) return { ok: false, line, problem: 'quote', detail: raw };
    while (cells.length > 2 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length !== 2) return { ok: false, line, problem: 'columns', detail: String(cells.length) };
    if (units.length === 0 && seen.size === 0 && cells.some((c) => HEADER_REGION.test(c) || HEADER_ID.test(c))) {
      order = HEADER_ID.test(cells[0] ?? '') ? [1, 0] : [0, 1];
      seen.set('\u0000header', line);
      continue;
    }
    const region = cells[order[0]] ?? '';
    const id = cells[order[1]] ?? '';
    if (region === '' || id === '') return { ok: false, line, problem: 'empty', detail: raw };
    const before = seen.get(id);
    if (before !== undefined) return { ok: false, line, problem: 'duplicate', detail: `${id}@${before}` };
    seen.set(id, line);
    units.push({ region, id, line });
  }
  if (units.length === 0) return { ok: false, line: 1, problem: 'noRows', detail: '' };
  return { ok: true, units, encoding: decoded.encoding };
}
