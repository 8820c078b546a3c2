/** `catalog import FILE`: read an office's catalogue table, print the row mapping, write the overlay, check it. */
import { basename, resolve } from 'node:path';
import { checkSource } from '../check/check.js';
import { importCatalogue } from '../import/import.js';
import type { RowMatch } from '../import/match.js';
import { hiddenWarnings, missingColumnWarnings } from '../import/hidden.js';
import { relativeSlashed } from '../util/shown-path.js';
import { ImportError, it } from '../import/texts.js';
import type { Catalogue, Lang } from '../model/index.js';
import { FORMATTERS } from '../report/index.js';
import { exitCodeFor, formatContext } from './check.js';
import { t } from '../messages/cli.js';
import { UsageError, type AppHost } from './host.js';
import { settleOptions, type RawOptions } from './options.js';
import { collect, type AppResult, type Output } from './output.js';
import { writeAtomic } from './write.js';

const ID = /^[a-z][a-z0-9-]*$/;

/** The resolved catalogue `spec` names, as seen from a file at `outPath` (the same lookup `check` does). */
function baselineFor(spec: string, outPath: string, host: AppHost, lang: Lang, override?: string): Catalogue {
  const probe = (kind: string) => `id: probe\nkind: ${kind}\nregion: 县\ntitle: 目录\nissuer: 县教育局\nextends: ${JSON.stringify(spec)}\n`;
  const opts = { lang, ...(override ? { baselineOverride: override } : {}) };
  let checked = checkSource(outPath, new TextEncoder().encode(probe('county')), host, opts);
  // A county file as the parent: the table is a school's.
  if (!checked.baseline) {
    const school = checkSource(outPath, new TextEncoder().encode(probe('school')), host, opts);
    if (school.baseline?.kind === 'county') checked = school;
  }
  if (!checked.baseline) {
    const detail = checked.result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => d.message)
      .join(lang === 'zh' ? '；' : '; ');
    throw new UsageError(it(lang, 'err.extends', { spec, detail }));
  }
  return checked.baseline;
}

/** --map ROW=ID, repeated; ROW may be 12 or, with several tables, 2-12 (table 2, row 12). */
function parseMaps(raw: unknown, lang: Lang): Map<string, string> {
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const out = new Map<string, string>();
  for (const entry of list.flatMap((e) => e.split(','))) {
    const m = /^\s*(\d+(?:-\d+)?)\s*[=＝:]\s*([a-z0-9.-]+)\s*$/.exec(entry);
    if (!m) throw new UsageError(it(lang, 'err.mapSyntax', { value: entry }));
    out.set(m[1] as string, m[2] as string);
  }
  return out;
}

function checkMaps(maps: ReadonlyMap<string, string>, labels: ReadonlySet<string>, baseline: Catalogue, lang: Lang): void {
  const ids = new Set(baseline.categories.flatMap((c) => c.items.map((i) => i.id)));
  for (const [row, id] of maps) {
    if (!labels.has(row)) throw new UsageError(it(lang, 'err.mapRow', { row }));
    if (id !== 'new' && !ids.has(id)) throw new UsageError(it(lang, 'err.mapId', { row, id }));
  }
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** The mapping as the clerk reads it: every row, then the uncertain ones with their candidates, then what is missing. */
function formatMapping(matches: readonly RowMatch[], removed: readonly { id: string; name: string }[], lang: Lang): string {
  const lines = [
    it(lang, 'map.title', {
      where: lang === 'zh' ? '对照结果' : 'Mapping',
      rows: matches.length,
      mapped: matches.filter((m) => m.item).length,
      added: matches.filter((m) => !m.item).length,
      missing: removed.length,
    }),
  ];
  for (const m of matches) {
    const target = m.item ? `${m.item.id}（${m.item.name}）` : it(lang, 'map.new');
    lines.push(it(lang, 'map.row', { row: m.row.label, name: m.row.name, target, confidence: percent(m.confidence) }) + (m.uncertain ? '  ?' : ''));
  }
  const uncertain = matches.filter((m) => m.uncertain);
  if (uncertain.length > 0) {
    lines.push('', it(lang, 'map.uncertain', { n: uncertain.length }));
    for (const m of uncertain) {
      lines.push(
        it(lang, 'map.candidate', {
          row: m.row.label,
          name: m.row.name,
          candidates: m.candidates.map((c) => `${c.id}（${c.name}）`).join(lang === 'zh' ? '、' : ', '),
        }),
      );
    }
  }
  if (removed.length > 0) lines.push('', it(lang, 'map.missing', { items: removed.map((r) => `${r.id}（${r.name}）`).join(lang === 'zh' ? '、' : ', ') }));
  return lines.join('\n');
}

/** The catalogue id: --id, else the -o file's name, else the imported file's name when it is already an id. */
function catalogueId(raw: RawOptions, file: string, lang: Lang): string {
  const fromOut = typeof raw.out === 'string' ? basename(raw.out).replace(/\.ya?ml$/i, '') : undefined;
  const fromFile = basename(file)
    .replace(/\.[^.]+$/, '')
    .toLowerCase();
  const id = typeof raw.id === 'string' ? raw.id : (fromOut ?? (ID.test(fromFile) ? fromFile : 'imported'));
  if (!ID.test(id)) throw new UsageError(it(lang, 'err.badId', { id }));
  return id;
}

/** `catalog import FILE`: the row mapping, the overlay written (unless --dry-run), and its findings. */
export function importTable(file: string, raw: RawOptions, host: AppHost): Promise<AppResult> {
  return collect((o) => runImport(o, file, raw, host));
}

async function runImport(o: Output, file: string, raw: RawOptions, host: AppHost): Promise<number> {
  const opts = settleOptions(raw);
  const { lang } = opts;
  const { cwd } = host;
  const path = resolve(cwd, file);
  const read = host.readFile(path);
  if (read.kind !== 'file')
    throw new UsageError(read.kind === 'unreadable' ? t(lang, 'err.unreadable', { path: file, reason: read.reason }) : t(lang, 'err.missing', { path: file }));
  const id = catalogueId(raw, file, lang);
  const outPath = resolve(cwd, typeof raw.out === 'string' ? raw.out : `catalogues/${id}.yaml`);
  const shown = relativeSlashed(cwd, outPath);
  if (!/\.ya?ml$/i.test(outPath)) throw new UsageError(it(lang, 'err.badOut', { path: shown }));
  if (outPath === path) throw new UsageError(t(lang, 'err.overwriteSource', { path: shown }));
  if (raw.dryRun !== true && host.fs.stat(outPath) && raw.force !== true) throw new UsageError(it(lang, 'err.exists', { path: shown }));
  const spec = typeof raw.extends === 'string' ? raw.extends : 'xinxiang@2020';
  const baseline = baselineFor(spec, outPath, host, lang, opts.baseline);
  const manual = parseMaps(raw.map, lang);
  let result;
  try {
    result = await importCatalogue({
      file,
      bytes: read.bytes,
      baseline,
      id,
      extends: spec,
      // A table on top of a county's catalogue is a school's (校务公开目录, which may leave items out).
      kind: baseline.kind === 'county' ? 'school' : 'county',
      manual,
      lang,
      ...(typeof raw.region === 'string' ? { region: raw.region } : {}),
    });
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(it(lang, e.textId, e.data));
    throw e;
  }
  checkMaps(manual, new Set(result.table.rows.map((r) => r.label)), baseline, lang);
  o.out(formatMapping(result.matches, result.overlay.removed, lang));
  const hidden = [
    ...missingColumnWarnings(result.table, lang),
    ...hiddenWarnings(result.table, lang),
    ...result.overlay.declared
      .filter((d) => d.target === undefined)
      .map((d) =>
        it(lang, d.void === 'listed' ? 'warn.declarationListed' : d.void === 'id' ? 'warn.declarationId' : 'warn.declaration', { text: d.declaration.text }),
      ),
  ];
  if (hidden.length > 0) o.out(`\n${hidden.join('\n')}`);
  const checked = checkSource(outPath, new TextEncoder().encode(result.overlay.text), host, {
    lang,
    ...(opts.baseline ? { baselineOverride: opts.baseline } : {}),
  });
  if (raw.dryRun === true) o.out(`\n${it(lang, 'dry')}`);
  else {
    writeAtomic(host.fs, outPath, result.overlay.text, { lang, shown });
    const counts = checked.result.counts ?? { categories: 0, items: 0 };
    o.out(`\n${it(lang, 'done', { path: shown, categories: counts.categories, items: counts.items })}`);
  }
  o.out(FORMATTERS.stylish([checked.result], formatContext(opts, 'check', host)));
  return exitCodeFor([checked], opts.strict);
}
