/** Import a catalogue table: bytes → grids → rows → matches against the baseline → the overlay text. */
import type { Catalogue, Lang } from '../model/index.js';
import { readDeclarations } from './declarations.js';
import { detectFormat } from './detect.js';
import type { Grid } from './grid.js';
import { matchRows, type RowMatch } from './match.js';
import { buildOverlay, type Overlay } from './overlay.js';
import { readCsv } from './read-csv.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { tableFromGrids, type ImportedTable } from './table.js';

/** Every table of the file as grids, by its format. */
async function readGrids(file: string, bytes: Uint8Array): Promise<Grid[]> {
  const format = detectFormat(file, bytes);
  if (format === 'docx') return readDocx(bytes, file);
  if (format === 'html') return readHtml(bytes);
  if (format === 'csv') return readCsv(bytes);
  const { readXlsx } = await import('./read-xlsx.js');
  return readXlsx(bytes, file);
}

/** The catalogue table of a file (throws ImportError with a reason the user can act on). */
async function readTable(file: string, bytes: Uint8Array): Promise<ImportedTable> {
  return tableFromGrids(await readGrids(file, bytes), file);
}

/** Title, region and issuer from the text above the table ("XX县义务教育领域基层政务公开标准目录"). */
function titleFacts(titles: readonly string[], fallbackRegion: string, kind: 'county' | 'school'): { title: string; region: string; issuer: string } {
  const title = [...titles]
    .reverse()
    .find((t) => /目录/.test(t) && t.length <= 60)
    ?.replace(/^附件\s*\d*[:：]?\s*/, '')
    .replace(/[（(]一级事项.*$/, '');
  if (kind === 'school') {
    // 卫辉市实验学校校务公开标准目录: the school is the unit, its own issuer.
    // The whole name before 校务公开 (卫辉市实验学校分校, not 卫辉市实验学校): a shorter name is another school's.
    const school =
      (title ? (/^(.+?)校务公开/u.exec(title) ?? /^(.+(?:学校|小学|中学|校区|分校|校))(?=[^校]*标准目录)/u.exec(title))?.[1] : undefined) ?? fallbackRegion;
    return { title: title ?? `${school}校务公开标准目录`, region: school, issuer: school };
  }
  // Every place name in front (辉县市, 新乡市红旗区), not the first 县 or 市 in it.
  const region =
    (title ? /^(.+?(?:市|县|区)(?:\p{Script=Han}{0,6}?(?:市|县|区))*)(?=.*(?:义务教育|政务公开|标准目录))/u.exec(title)?.[1] : undefined) ?? fallbackRegion;
  return { title: title ?? `${region}义务教育领域基层政务公开标准目录`, region, issuer: `${region}教育局` };
}

export interface ImportInput {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly baseline: Catalogue;
  readonly id: string;
  readonly extends: string;
  readonly region?: string;
  /** The catalogue the table is read as: a county's (default) or a school's. */
  readonly kind?: 'county' | 'school';
  /** --map: row label → item id or "new". */
  readonly manual: ReadonlyMap<string, string>;
  readonly lang: Lang;
}

export interface ImportResult {
  readonly table: ImportedTable;
  readonly matches: readonly RowMatch[];
  readonly overlay: Overlay;
}

export async function importCatalogue(input: ImportInput): Promise<ImportResult> {
  const table = await readTable(input.file, input.bytes);
  const matches = matchRows(table.rows, input.baseline, input.manual);
  const kind = input.kind ?? 'county';
  const facts = titleFacts(table.titles, input.region ?? (kind === 'school' ? '未命名学校' : '未命名县'), kind);
  const meta = {
    id: input.id,
    kind,
    extends: input.extends,
    file: input.file.split(/[\\/]/).pop() ?? input.file,
    ...facts,
    ...(input.region ? { region: input.region, issuer: kind === 'school' ? input.region : `${input.region}教育局` } : {}),
  };
  // Declarations the text outside the table prints (a 备案报告's 三、调整事项) are read as its deviations.
  return { table, matches, overlay: buildOverlay(matches, input.baseline, meta, input.lang, readDeclarations(table.prose, new Set(table.undeclarable))) };
}
