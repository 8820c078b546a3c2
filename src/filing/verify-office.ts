/** A hand-made filing (Word or Excel table): imported against the bureau's baseline, every rule run, findings named by table row. */
import { checkSource, type Checked } from '../check/check.js';
import { hiddenFindings, severalTables } from '../import/hidden.js';
import { importCatalogue, type ImportResult } from '../import/import.js';
import type { TableRow } from '../import/table.js';
import { ImportError, it } from '../import/texts.js';
import type { FiledDocument, FilingOutcome } from '../model/filing.js';
import { ELEMENT_LABELS, type Catalogue, type Diagnostic, type Finding, type Lang, type Message } from '../model/index.js';
import { normalizeText } from '../validate/normalize.js';
import { withdrawnPhrase } from '../validate/withdrawn.js';
import { withdrawsBeyond } from './declaration-scope.js';
import { filingFinding } from './findings.js';
import { ownRegionFindings, schoolOfTitle, schoolTableFindings } from './kinds.js';
import { assembleOutcome, scopeOf, type VerifyEnv } from './outcome.js';
import { dirname, relative } from 'node:path';

/**
 * What a hand-made table is read as: for the city, a county catalogue extending its baseline; for a county
 * receiving its schools' filings (`--baseline COUNTY.yaml`), a school catalogue extending that county file.
 */
function readAs(sourcePath: string, env: VerifyEnv): { kind: 'county' | 'school'; extends: string } {
  const scope = scopeOf(env);
  if (scope.accepts !== 'school' || scope.parent.path === undefined) return { kind: 'county', extends: 'xinxiang@2020' };
  const rel = relative(dirname(sourcePath), scope.parent.path).split('\\').join('/');
  return { kind: 'school', extends: rel.startsWith('.') ? rel : `./${rel}` };
}

/** The bureau's baseline resolved as a catalogue of that kind beside the filing would see it. */
function bureauBaseline(sourcePath: string, env: VerifyEnv, as: { kind: string; extends: string }): Catalogue | undefined {
  const probe = `id: probe\nkind: ${as.kind}\nregion: 县\ntitle: 目录\nissuer: 县教育局\nextends: ${JSON.stringify(as.extends)}\n`;
  return checkSource(sourcePath, new TextEncoder().encode(probe), env.host, { lang: env.lang, baselineOverride: env.baseline.path, trustOverride: true })
    .baseline;
}

/** "第12行（招生计划）：" — where the finding is in the table the clerk holds. */
function rowPrefix(row: TableRow, lang: Lang, several: boolean): string {
  const where = several ? (lang === 'zh' ? row.where.zh : `${row.where.en}, `) : '';
  return lang === 'zh' ? `${where}第${row.number}行（${row.name}）：` : `${where}row ${row.number} (${row.name}): `;
}

/** Diagnostics of the imported overlay, moved onto the table: the row of the item they are about, the filing's name. */
function onTable(diagnostics: readonly Diagnostic[], rows: ReadonlyMap<string, TableRow>, file: string, lang: Lang): Diagnostic[] {
  const several = new Set([...rows.values()].map((r) => r.where.zh)).size > 1;
  return diagnostics.map((d) => {
    const id = d.target?.split('#')[0];
    const row = id === undefined ? undefined : rows.get(id);
    if (!row) return { ...d, file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { ...d, file, line: row.number, column: 1, endLine: row.number, endColumn: 1, message: rowPrefix(row, lang, several) + d.message };
  });
}

/**
 * unreadable-cell: every mark that is neither a tick nor a no, and every blank element cell of a row read as a
 * baseline item (a blank is what the reader sees, not "as the baseline"; an added row's blanks are required-field).
 */
function unreadableFindings(imported: ImportResult, lang: Lang): Finding[] {
  const several = severalTables(imported.table);
  return imported.matches.flatMap((m) =>
    (m.row.unreadable ?? [])
      .filter((u) => u.how !== 'blank' || m.item)
      .map((u): Finding => {
        const label = ELEMENT_LABELS[u.key];
        const column: Message = u.value === undefined ? label : { zh: `${label.zh}·${u.value}`, en: `${label.en} · ${u.value}` };
        const where = several ? (lang === 'zh' ? m.row.where.zh : `${m.row.where.en}, `) : '';
        return {
          rule: 'unreadable-cell',
          pointer: '',
          messageId: u.how === 'blank' ? 'default' : u.how,
          data: { where, row: m.row.number, name: m.row.name, column, text: u.text },
          span: { line: m.row.number, column: 1, endLine: m.row.number, endColumn: 1 },
        };
      }),
  );
}

/** The tick values of each tick group, as the missing-column message lists them. */
const TICK_VALUES: Readonly<Record<string, string>> = { audience: '全社会、特定群体', method: '主动、依申请', level: '市级、县级、乡级、校级' };

/** unreadable-cell for the table as a whole: an element with no column, columns not read or read twice, and an item listed on two rows. */
function tableFindings(imported: ImportResult, lang: Lang): Finding[] {
  const several = severalTables(imported.table);
  const where = (w: { zh: string; en: string }): string => (several ? (lang === 'zh' ? w.zh : `${w.en}, `) : '');
  // No column for an element: every row would silently take the baseline's value (red team), so the filing shows nothing to accept.
  const missing = imported.table.missingColumns.map(
    (c): Finding => ({
      rule: 'unreadable-cell',
      pointer: '',
      messageId: TICK_VALUES[c.key] === undefined ? 'missing' : 'missingTicks',
      data: { where: where(c.where), row: c.number, column: ELEMENT_LABELS[c.key], values: TICK_VALUES[c.key] ?? '' },
      span: { line: c.number, column: 1, endLine: c.number, endColumn: 1 },
    }),
  );
  const columns = imported.table.unreadColumns.map(
    (c): Finding => ({
      rule: 'unreadable-cell',
      pointer: '',
      messageId: c.how === 'unknown' ? 'column' : 'twice',
      data: { where: where(c.where), row: c.number, column: c.column, label: c.label },
      span: { line: c.number, column: 1, endLine: c.number, endColumn: 1 },
    }),
  );
  const first = new Map<string, TableRow>();
  const rows = imported.table.rows.flatMap((r): Finding[] => {
    const key = normalizeText(r.name);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      return [];
    }
    return [
      {
        rule: 'unreadable-cell',
        pointer: '',
        messageId: 'row',
        data: {
          where: where(r.where),
          row: r.number,
          name: r.name,
          other: { zh: `${several ? earlier.where.zh : ''}第${earlier.number}行`, en: `${several ? `${earlier.where.en} ` : ''}row ${earlier.number}` },
        },
        span: { line: r.number, column: 1, endLine: r.number, endColumn: 1 },
      },
    ];
  });
  return [...missing, ...columns, ...rows];
}

/**
 * withdrawn-disclosure for what the file says outside the item rows (说明 under the table, a note row, the title):
 * it is part of what is filed, and "招生计划暂不公开" there withdraws as much as in a cell. Worded and graded like the
 * catalogue-wide texts of a county source (title, document information): an error.
 */
function proseFindings(imported: ImportResult, unused: ReadonlySet<string>, baseline: Catalogue): Finding[] {
  // A declaration in the printed form (（一）未列入二级事项“…”。理由：…) is the declared reason, not a withdrawal: the
  // deviation it declares is judged instead. Any other sentence, a declaration with more after it, one that
  // declares nothing (naming nothing the baseline or the table has, or covering no finding: unused-deviation) and one
  // whose reason withdraws another item or the catalogue (declaration-scope.ts) are read.
  const rowNames = imported.table.rows.map((r) => r.name);
  const rowName = (id: string): string | undefined => imported.overlay.rows.get(id)?.name;
  const seen = new Set<string>(
    imported.overlay.declared
      .filter((d) => d.target !== undefined && !unused.has(d.target) && !withdrawsBeyond(d, baseline, rowNames, rowName))
      .flatMap((d) => d.declaration.paragraphs),
  );
  return imported.table.prose.flatMap((text): Finding[] => {
    const phrase = withdrawnPhrase(text);
    if (phrase === undefined || seen.has(text)) return [];
    seen.add(text);
    return [
      {
        rule: 'withdrawn-disclosure',
        pointer: '',
        // The filing is read as a county catalogue, and this text is on the catalogue itself: an error, like its title.
        severity: 'error',
        messageId: 'catalogue',
        data: { field: 'text outside the item rows', fieldName: '表格中事项以外的文字', text, phrase },
        span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      },
    ];
  });
}

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇二〇 → 2020, 十 → 10, 二十八 → 28 (the numerals a 成文日期 is written in); undefined for anything else. */
function chineseNumber(text: string, positional: boolean): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (positional) return [...text].every((c) => c in DIGITS) ? Number([...text].map((c) => DIGITS[c]).join('')) : undefined;
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return undefined;
  const [, tens = '', ten = '', ones = ''] = m;
  if (ten === '') return tens !== '' && ones === '' ? DIGITS[tens] : undefined;
  return (tens === '' ? 1 : (DIGITS[tens] ?? 0)) * 10 + (ones === '' ? 0 : (DIGITS[ones] ?? 0));
}

/**
 * What kind of document the page is, by its title (a line of its own, before the body): 关于印发《…》的通知 is the
 * 印发通知, 关于报送《…》备案的报告 the 备案报告. A line quoting a title in the body ends in 。 or goes on, so it is no
 * title. No title (a table alone): read as the 备案报告, what a table filed with the bureau stands for.
 */
function shownType(lines: readonly string[]): FiledDocument['type'] {
  for (const line of lines) {
    const l = line.normalize('NFKC').replace(/[\s\p{Cf}]+/gu, '');
    if (/^[^。；;，,]*关于印发[^。；;]+的通知$/u.test(l)) return 'notice';
    if (/^[^。；;，,]*关于报送[^。；;]+的报告$/u.test(l)) return 'filing';
  }
  return 'filing';
}

/**
 * Type, 文号 and 成文日期 as the document shows them: the type by its title, the 文号 opens its own line (发文字号,
 * maybe followed by 签发人), the date is a line of its own (落款). A table alone shows neither: incomplete-document,
 * as for a built filing.
 */
export function shownDocument(lines: readonly string[]): FiledDocument {
  const number = lines.map((l) => /^\s*([\u4e00-\u9fff]{1,12}[〔［[]\d{4}[〕］\]]\d+号)(?=\s|签发人|$)/.exec(l)?.[1]).find((n) => n !== undefined);
  let date: string | undefined;
  for (const line of lines) {
    const m = /^\s*([\d〇零一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日\s*$/.exec(line);
    const [y, mo, d] = m ? [chineseNumber(m[1] ?? '', true), chineseNumber(m[2] ?? '', false), chineseNumber(m[3] ?? '', false)] : [];
    if (y !== undefined && mo !== undefined && d !== undefined && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
      date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return { type: shownType(lines), ...(number !== undefined ? { number } : {}), ...(date !== undefined ? { date } : {}) };
}

/**
 * unused-deviation for a declaration whose item or element is in neither the table nor the baseline (as an unknown id
 * in YAML), for a 未列入 declaration of an item or category the table still lists, and for one naming an item by its id.
 */
function unknownDeclarations(imported: ImportResult): Finding[] {
  return imported.overlay.declared
    .filter((d) => d.target === undefined)
    .map((d) =>
      filingFinding('unused-deviation', d.void === 'listed' ? 'listedName' : d.void === 'id' ? 'idName' : 'unknownName', { text: d.declaration.text }),
    );
}

/** Verify a .docx/.xlsx filing (integrity 手工制作: there is no source to rebuild it from). */
export async function verifyOffice(path: string, file: string, bytes: Uint8Array, env: VerifyEnv): Promise<FilingOutcome> {
  const sourcePath = `${path}.yaml`;
  const as = readAs(sourcePath, env);
  const baseline = bureauBaseline(sourcePath, env, as);
  if (!baseline)
    return assembleOutcome({ file, findings: [filingFinding('missing-source', 'table', { detail: 'baseline' })], integrity: 'unreadable' }, env.lang);
  const stem = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '').toLowerCase();
  const id = /^[a-z][a-z0-9-]*$/.test(stem) ? stem : 'handmade';
  let imported;
  try {
    imported = await importCatalogue({ file, bytes, baseline, id, ...as, manual: new Map(), lang: env.lang });
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    // Not a catalogue table (a cover letter, a damaged or old-format file): listed as 未核验 with the reason, like other files verify cannot read.
    return assembleOutcome(
      { file, findings: [filingFinding('unverified-file', 'table', { ext: '', detail: it(env.lang, e.textId, e.data) })], integrity: 'skipped' },
      env.lang,
    );
  }
  const checked = checkSource(sourcePath, new TextEncoder().encode(imported.overlay.text), env.host, {
    lang: env.lang,
    baselineOverride: env.baseline.path,
    trustOverride: true,
  });
  const moved: Checked = {
    ...checked,
    result: { ...checked.result, file, diagnostics: onTable(checked.result.diagnostics, imported.overlay.rows, file, env.lang) },
  };
  const document = shownDocument([...imported.table.titles, ...imported.table.prose]);
  // A school's table sent to the city: one error saying so, not the county rules its rows break; it names the school, not its county.
  const school = schoolOfTitle(checked.resolved?.title);
  const wrongKind = schoolTableFindings(school, checked.resolved?.title ?? id, scopeOf(env));
  if (school !== undefined && wrongKind.length > 0) {
    const source = checked.source ? { ...checked.source, region: school, issuer: school } : undefined;
    const named: Checked = { ...moved, ...(source ? { source } : {}), result: { ...moved.result, diagnostics: [] } };
    return assembleOutcome({ file, findings: wrongKind, integrity: 'handmade', checked: named, document }, env.lang);
  }
  // Content a reader does not see is not read (the rows hold only what shows) and is refused: one error per row and way.
  return assembleOutcome(
    {
      file,
      findings: [
        ...hiddenFindings(imported.table, env.lang),
        ...unreadableFindings(imported, env.lang),
        ...tableFindings(imported, env.lang),
        ...proseFindings(imported, new Set(checked.result.diagnostics.filter((d) => d.rule === 'unused-deviation').map((d) => d.target ?? '')), baseline),
        ...unknownDeclarations(imported),
        ...ownRegionFindings(checked.resolved?.region, checked.resolved?.title ?? id, baseline, scopeOf(env)),
      ],
      integrity: 'handmade',
      checked: moved,
      document,
    },
    env.lang,
  );
}
