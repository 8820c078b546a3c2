/** `catalog build [FILES...] [-o DIR]`: check, then write the documents; nothing is written when there are errors. */
import { join, relative, resolve } from 'node:path';
import { documentDate } from '../build/date.js';
import { inferredRowsNote } from '../build/provenance-note.js';
import { renderCatalogue, type OutputFile, type Templates } from '../build/render.js';
import { parseSelection, type Selection } from '../build/selection.js';
import { SideThread } from '../build/side-thread.js';
import { templatesDir, toolVersion } from '../util/paths.js';
import { FORMAT_NAMES, FORMATTERS } from '../report/index.js';
import { missingMetadataNotes } from './build-notes.js';
import { checkInputs, exitCodeFor, formatContext, writeGithubSummary } from './check.js';
import { t } from '../messages/cli.js';
import { UsageError, type AppFs, type AppHost } from './host.js';
import { settleOptions, type CommonOptions, type RawOptions } from './options.js';
import { collect, type AppResult, type Output } from './output.js';
import { writeAll } from './stage.js';
import { shownPath } from '../util/shown-path.js';
import { outputPath } from './write.js';

/** The three templates: the county's own from `--templates DIR` where present, else the shipped defaults. */
export function loadTemplates(fs: AppFs, dir: string | undefined, lang: 'zh' | 'en'): Templates {
  const read = (name: string): string => {
    const own = dir ? join(resolve(dir), name) : undefined;
    const folder = dir ? fs.stat(resolve(dir)) : undefined;
    if (dir && !folder) throw new UsageError(t(lang, 'err.missing', { path: dir }));
    if (dir && folder?.isDirectory !== true) throw new UsageError(t(lang, 'err.templatesNotDir', { path: dir }));
    return fs.readText(own && fs.stat(own) ? own : join(templatesDir, name));
  };
  return { notice: read('notice.hbs'), filing: read('filing.hbs'), portal: read('portal.hbs') };
}

/** `catalog build`: check, then render and write every document, or nothing at all. */
export function build(inputs: readonly string[], raw: RawOptions, host: AppHost): Promise<AppResult> {
  return collect((o) => runBuild(o, inputs, raw, host));
}

async function runBuild(o: Output, inputs: readonly string[], raw: RawOptions, host: AppHost): Promise<number> {
  const opts = settleOptions(raw, FORMAT_NAMES);
  const selection = parseSelection(typeof raw.only === 'string' ? raw.only : undefined);
  if ('invalid' in selection) throw new UsageError(t(opts.lang, 'err.only', { value: selection.invalid }));
  const profile = raw.profile === 'windows' ? 'windows' : 'gbt9704';
  if (raw.profile !== undefined && raw.profile !== 'windows' && raw.profile !== 'gbt9704')
    throw new UsageError(t(opts.lang, 'err.profile', { value: String(raw.profile) }));
  // The DOCX/HTML worker loads its modules while the catalogues are checked.
  const side = selection.docx || selection.html ? SideThread.start() : undefined;
  try {
    return await checkAndRender(o, inputs, raw, { opts, selection, profile, side, host });
  } finally {
    await side?.close();
  }
}

interface BuildSettings {
  readonly opts: CommonOptions;
  readonly selection: Selection;
  readonly profile: 'gbt9704' | 'windows';
  readonly side: SideThread | undefined;
  readonly host: AppHost;
}

async function checkAndRender(o: Output, inputs: readonly string[], raw: RawOptions, settings: BuildSettings): Promise<number> {
  const { opts, selection, profile, side, host } = settings;
  const checked = checkInputs(inputs, opts, host, true);
  const results = checked.map((c) => c.result);
  const failed = exitCodeFor(checked, opts.strict) !== 0;
  const problems = results.some((r) => r.diagnostics.some((d) => d.severity !== 'info'));
  const format = FORMATTERS[opts.format];
  const ctx = formatContext(opts, 'build', host);
  if (format && (problems || opts.format !== 'stylish')) o.out(format(results, ctx));
  writeGithubSummary(opts.format, results, ctx, host);
  if (failed) {
    o.err(t(opts.lang, 'build.refused'));
    return 1;
  }
  const templates = loadTemplates(host.fs, typeof raw.templates === 'string' ? raw.templates : undefined, opts.lang);
  const cwd = host.cwd;
  const outDir = resolve(cwd, typeof raw.out === 'string' ? raw.out : 'dist');
  if (host.fs.stat(outDir)?.isDirectory === false) throw new UsageError(t(opts.lang, 'err.outNotDir', { path: String(raw.out) }));
  const sources = new Set(checked.map((c) => resolve(cwd, c.result.file)));
  const status = checked.length > 1 ? host.status : undefined;
  const version = toolVersion();
  // Render everything first: a catalogue that cannot be rendered means nothing is written at all.
  const rendered: OutputFile[] = [];
  // Notes on missing 文号/签发人/日期 are printed once the documents are written: a refused build says one thing.
  const notes: string[] = [];
  for (const [i, c] of checked.entries()) {
    status?.(t(opts.lang, 'build.progress', { n: i + 1, total: checked.length, file: c.result.file }));
    const date = documentDate(c.resolved?.document.date, host.env.SOURCE_DATE_EPOCH);
    if (!opts.quiet)
      notes.push(
        ...missingMetadataNotes(c.result.file, c.resolved, selection, date.undated, opts.lang),
        ...inferredRowsNote(c.result.file, c.resolved, opts.lang),
      );
    try {
      rendered.push(
        ...(await renderCatalogue(
          {
            checked: c,
            date,
            templates,
            selection,
            profile,
            toolVersion: version,
            ...(typeof raw.fonts === 'string' ? { fontsDir: resolve(cwd, raw.fonts) } : {}),
          },
          side,
        )),
      );
    } catch (e) {
      const name = (e as Error).name;
      if (name === 'TemplateError') throw new UsageError((e as Error).message);
      if (name === 'FontError') {
        const { kind, path, reason, code } = e as { kind: 'folder' | 'file'; path: string; reason: string; code?: string };
        const key = kind === 'file' ? 'err.fontFile' : code === 'ENOENT' ? 'err.fontFolderMissing' : 'err.fontFolder';
        throw new UsageError(t(opts.lang, key, { path: shownPath(cwd, path), reason }));
      }
      if (name !== 'MissingGlyphError') throw e;
      status?.(undefined);
      o.err(`${c.result.file}：${(e as Error).message}`);
      o.err(t(opts.lang, 'build.refused'));
      return 1;
    }
  }
  // Every name is vetted before the first write: a refused one leaves the folder as it was.
  const targets = rendered.map((f) => {
    const path = outputPath(outDir, f.name, sources, opts.lang);
    return { path, bytes: f.bytes, shown: shownPath(cwd, path) };
  });
  status?.(undefined);
  writeAll(host.fs, outDir, targets, opts.lang);
  for (const note of notes) o.err(note);
  const written = rendered.length;
  const where = relative(cwd, outDir) || '.';
  const summary = t(opts.lang, 'build.summary', { files: written, catalogues: checked.length, dir: where });
  if (opts.format === 'stylish') o.out(summary);
  else o.err(summary);
  return 0;
}
