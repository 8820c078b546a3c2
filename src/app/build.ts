/** `catalog build [FILES...] [-o DIR]`: check, then write the documents; nothing is written when there are errors. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { documentDate } from '../build/date.js';
import { inferredRowsNote } from '../build/provenance-note.js';
import { renderCatalogue, type OutputFile, type Templates } from '../build/render.js';
import { parseSelection, type Selection } from '../build/selection.js';
import { SideThread } from '../build/side-thread.js';
import { templatesDir, toolVersion } from '../paths.js';
import { FORMATTERS } from '../report/index.js';
import { missingMetadataNotes } from './build-notes.js';
import { checkInputs, exitCodeFor, formatContext, writeGithubSummary } from './check.js';
import { CHECK_FORMATS } from './commands.js';
import { t } from './i18n.js';
import { UsageError, writeErr, writeOut } from './io.js';
import { settleOptions, type CommonOptions } from './options.js';
import { writeAll } from './stage.js';
import { outputPath, shownPath } from './write.js';
import { statusLine } from '../width.js';

/** The three templates: the county's own from `--templates DIR` where present, else the shipped defaults. */
export function loadTemplates(dir: string | undefined, lang: 'zh' | 'en'): Templates {
  const read = (name: string): string => {
    const own = dir ? join(resolve(dir), name) : undefined;
    if (dir && !existsSync(resolve(dir))) throw new UsageError(t(lang, 'err.missing', { path: dir }));
    if (dir && !statSync(resolve(dir)).isDirectory()) throw new UsageError(t(lang, 'err.templatesNotDir', { path: dir }));
    return readFileSync(own && existsSync(own) ? own : join(templatesDir, name), 'utf8');
  };
  return { notice: read('notice.hbs'), filing: read('filing.hbs'), portal: read('portal.hbs') };
}

export async function runBuild(inputs: readonly string[], raw: Record<string, unknown>): Promise<number> {
  const opts = settleOptions(raw, CHECK_FORMATS);
  const selection = parseSelection(typeof raw.only === 'string' ? raw.only : undefined);
  if ('invalid' in selection) throw new UsageError(t(opts.lang, 'err.only', { value: selection.invalid }));
  const profile = raw.profile === 'windows' ? 'windows' : 'gbt9704';
  if (raw.profile !== undefined && raw.profile !== 'windows' && raw.profile !== 'gbt9704') throw new UsageError(t(opts.lang, 'err.profile', { value: String(raw.profile) }));
  // The DOCX/HTML worker loads its modules while the catalogues are checked.
  const side = selection.docx || selection.html ? SideThread.start() : undefined;
  try {
    return await checkAndRender(inputs, raw, { opts, selection, profile, side });
  } finally {
    await side?.close();
  }
}

interface BuildSettings {
  readonly opts: CommonOptions;
  readonly selection: Selection;
  readonly profile: 'gbt9704' | 'windows';
  readonly side: SideThread | undefined;
}

async function checkAndRender(inputs: readonly string[], raw: Record<string, unknown>, settings: BuildSettings): Promise<number> {
  const { opts, selection, profile, side } = settings;
  const checked = checkInputs(inputs, opts, true);
  const results = checked.map((c) => c.result);
  const failed = exitCodeFor(checked, opts.strict) !== 0;
  const problems = results.some((r) => r.diagnostics.some((d) => d.severity !== 'info'));
  const format = FORMATTERS[opts.format];
  const ctx = formatContext(opts, 'build');
  if (format && (problems || opts.format !== 'stylish')) writeOut(format(results, ctx));
  writeGithubSummary(opts.format, results, ctx);
  if (failed) {
    writeErr(t(opts.lang, 'build.refused'));
    return 1;
  }
  const templates = loadTemplates(typeof raw.templates === 'string' ? raw.templates : undefined, opts.lang);
  const cwd = process.cwd();
  const outDir = resolve(cwd, typeof raw.out === 'string' ? raw.out : 'dist');
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(t(opts.lang, 'err.outNotDir', { path: String(raw.out) }));
  const sources = new Set(checked.map((c) => resolve(cwd, c.result.file)));
  const progress = process.stderr.isTTY && checked.length > 1;
  const version = toolVersion();
  // Render everything first: a catalogue that cannot be rendered means nothing is written at all.
  const rendered: OutputFile[] = [];
  // Notes on missing 文号/签发人/日期 are printed once the documents are written: a refused build says one thing.
  const notes: string[] = [];
  for (const [i, c] of checked.entries()) {
    if (progress) process.stderr.write(statusLine(t(opts.lang, 'build.progress', { n: i + 1, total: checked.length, file: c.result.file })));
    const date = documentDate(c.resolved?.document.date, process.env.SOURCE_DATE_EPOCH);
    if (!opts.quiet) notes.push(...missingMetadataNotes(c.result.file, c.resolved, selection, date.undated, opts.lang), ...inferredRowsNote(c.result.file, c.resolved, opts.lang));
    try {
      rendered.push(...(await renderCatalogue({
        checked: c, date, templates, selection, profile, toolVersion: version,
        ...(typeof raw.fonts === 'string' ? { fontsDir: resolve(cwd, raw.fonts) } : {}),
      }, side)));
    } catch (e) {
      const name = (e as Error).name;
      if (name === 'TemplateError') throw new UsageError((e as Error).message);
      if (name === 'FontError') {
        const { kind, path, reason, code } = e as { kind: 'folder' | 'file'; path: string; reason: string; code?: string };
        const key = kind === 'file' ? 'err.fontFile' : code === 'ENOENT' ? 'err.fontFolderMissing' : 'err.fontFolder';
        throw new UsageError(t(opts.lang, key, { path: shownPath(cwd, path), reason }));
      }
      if (name !== 'MissingGlyphError') throw e;
      if (progress) process.stderr.write('\r\u001b[K');
      writeErr(`${c.result.file}：${(e as Error).message}`);
      writeErr(t(opts.lang, 'build.refused'));
      return 1;
    }
  }
  // Every name is vetted before the first write: a refused one leaves the folder as it was.
  const targets = rendered.map((f) => {
    const path = outputPath(outDir, f.name, sources, opts.lang);
    return { path, bytes: f.bytes, shown: shownPath(cwd, path) };
  });
  if (progress) process.stderr.write('\r\u001b[K');
  writeAll(outDir, targets, opts.lang);
  for (const note of notes) writeErr(note);
  const written = rendered.length;
  const where = relative(cwd, outDir) || '.';
  const summary = t(opts.lang, 'build.summary', { files: written, catalogues: checked.length, dir: where });
  if (opts.format === 'stylish') writeOut(summary);
  else writeErr(summary);
  return 0;
}
