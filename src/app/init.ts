/** `catalog init`: scaffold a county or school catalogue that extends a baseline; never overwrites without --force. */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { askAnswers, flagProblems, InitAborted, missingFlags, parseKind, settleAnswers, type InitAnswers, type InitFlags } from '../authoring/answers.js';
import { scaffoldCatalogue, schemaReference } from '../authoring/scaffold.js';
import { relativeSlashed } from '../util/shown-path.js';
import { tr } from '../messages/authoring.js';
import { checkSource, type Checked } from '../check/check.js';
import type { Lang } from '../model/index.js';
import { schemaDir } from '../util/paths.js';
import { isReference } from '../resolve/locate.js';
import { UsageError, type AppHost, type Terminal } from './host.js';
import { settleOptions, type RawOptions } from './options.js';
import { collect, type AppResult, type Output } from './output.js';
import { writeAtomic } from './write.js';

const FLAG_KEYS = ['kind', 'region', 'issuer', 'id', 'extends', 'title'] as const;

/** County catalogues directly under ./catalogues, offered to a school as what it extends. */
function countyFiles(host: AppHost): string[] {
  const dir = join(host.cwd, 'catalogues');
  if (!host.fs.stat(dir)) return [];
  return host.fs
    .readDir(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .filter((f) => /^kind:\s*county\s*$/m.test(host.fs.readText(join(dir, f))))
    .map((f) => `catalogues/${f}`);
}

/** Ask on the terminal the host opens; Ctrl-C or Ctrl-D cancels (the terminal rejects with InitAborted). */
async function askOnTerminal(flags: InitFlags, lang: Lang, host: AppHost, open: () => Promise<Terminal>): Promise<InitAnswers> {
  const terminal = await open();
  terminal.say(tr(lang, 'ask.intro'));
  try {
    return await askAnswers(
      flags,
      (q) => terminal.ask(q),
      (text) => terminal.say(text),
      lang,
      flags.kind === 'county' ? [] : countyFiles(host),
    );
  } finally {
    terminal.close();
  }
}

/** The answers: from the flags, or asked for on a terminal when required ones are missing. */
async function gatherAnswers(raw: RawOptions, lang: Lang, host: AppHost): Promise<InitAnswers> {
  const flags: InitFlags = Object.fromEntries(FLAG_KEYS.filter((k) => typeof raw[k] === 'string').map((k) => [k, raw[k] as string]));
  const problem = flagProblems(flags)[0];
  if (problem) throw new UsageError(tr(lang, problem.textId, { value: problem.value }));
  const missing = missingFlags(flags);
  if (missing.length === 0) return settleAnswers(flags);
  if (!host.openTerminal) {
    const example =
      flags.kind && parseKind(flags.kind) === 'school'
        ? 'catalog init --kind school --region 卫辉市实验学校 --id weihui-shiyan --extends catalogues/weihui.yaml'
        : 'catalog init --region 卫辉市 --id weihui';
    throw new UsageError(tr(lang, 'init.missing', { flags: missing.join(lang === 'zh' ? '、' : ', '), example }));
  }
  try {
    return await askOnTerminal(flags, lang, host, host.openTerminal);
  } catch (e) {
    if (e instanceof InitAborted) throw new UsageError(tr(lang, 'init.aborted'));
    throw e;
  }
}

/** A path `extends` typed relative to the working directory becomes relative to the new file, with `/`. */
function extendsFromFile(spec: string, outFile: string, host: AppHost): string {
  if (isReference(spec)) return spec;
  const typed = spec.replace(/\\/g, '/');
  const outDir = dirname(outFile);
  if (host.fs.stat(resolve(outDir, typed)) && !isAbsolute(typed)) return typed;
  const fromCwd = resolve(host.cwd, typed);
  return host.fs.stat(fromCwd) ? relativeSlashed(outDir, fromCwd) : typed;
}

/** Check a scaffold as if it were already at `outFile`. */
function checkText(outFile: string, text: string, host: AppHost, lang: Lang): Checked {
  return checkSource(outFile, new TextEncoder().encode(text), host, { lang });
}

function errorsOf(checked: Checked): string[] {
  return checked.result.diagnostics.filter((d) => d.severity === 'error').map((d) => `  ${d.line}:${d.column}  ${d.message}  ${d.rule}`);
}

/** The file to write: `-o`, else catalogues/<id>.yaml (catalogues/schools/ for a school); never over a file without --force. */
function outputFile(raw: RawOptions, a: InitAnswers, host: AppHost, lang: Lang): { path: string; shown: string; existed: boolean } {
  const { cwd } = host;
  const outArg = typeof raw.out === 'string' ? raw.out : join('catalogues', ...(a.kind === 'school' ? ['schools'] : []), `${a.id}.yaml`);
  const path = resolve(cwd, outArg);
  const shown = relativeSlashed(cwd, path);
  if (!/\.ya?ml$/i.test(path)) throw new UsageError(tr(lang, 'init.badOut', { path: outArg }));
  const existed = host.fs.stat(path) !== undefined;
  if (existed && raw.force !== true) throw new UsageError(tr(lang, 'init.exists', { path: shown }));
  return { path, shown, existed };
}

/** The project's own schema when the working folder has one (a catalogue repository), else the installed one. */
function schemaFile(host: AppHost): string {
  const project = join(host.cwd, 'schema', 'catalogue.schema.json');
  return host.fs.stat(project) ? project : join(schemaDir, 'catalogue.schema.json');
}

/** This year, or SOURCE_DATE_EPOCH's, for the 发文字号 examples. */
function currentYear(host: AppHost): number {
  const epoch = Number(host.env.SOURCE_DATE_EPOCH);
  return (host.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : host.now()).getFullYear();
}

/** `catalog init`: the new catalogue written and checked; its questions asked on the host's terminal when flags are missing. */
export function init(raw: RawOptions, host: AppHost): Promise<AppResult> {
  return collect((o) => runInit(o, raw, host));
}

async function runInit(o: Output, raw: RawOptions, host: AppHost): Promise<number> {
  const { lang } = settleOptions(raw);
  const gathered = await gatherAnswers(raw, lang, host);
  const out = outputFile(raw, gathered, host, lang);
  const answers: InitAnswers = { ...gathered, extends: extendsFromFile(gathered.extends, out.path, host) };
  const input = { answers, schemaRef: schemaReference(out.path, schemaFile(host)), displayPath: out.shown, year: currentYear(host), full: false };
  // First pass: a minimal scaffold, checked in place, tells what `extends` resolves to (or why it cannot).
  const probe = checkText(out.path, scaffoldCatalogue({ ...input, parent: { ...emptyParent, issuer: answers.issuer } }), host, lang);
  if (!probe.baseline) {
    const detail = probe.result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => d.message)
      .join(lang === 'zh' ? '；' : '; ');
    throw new UsageError(tr(lang, 'init.badExtends', { spec: answers.extends, detail }));
  }
  const text = scaffoldCatalogue({ ...input, parent: probe.baseline, full: raw.full === true });
  const final = checkText(out.path, text, host, lang);
  if (!final.resolved || errorsOf(final).length > 0) {
    o.err([tr(lang, 'init.notClean', { path: out.shown }), ...errorsOf(final)].join('\n'));
    return 1;
  }
  writeAtomic(host.fs, out.path, text, { lang, shown: out.shown });
  const counts = final.result.counts ?? { categories: 0, items: 0 };
  o.out(
    tr(lang, 'init.done', { path: out.shown, base: answers.extends, categories: counts.categories, items: counts.items }) +
      (out.existed ? tr(lang, 'init.overwritten') : ''),
  );
  o.out(tr(lang, 'init.next', { path: out.shown }));
  return 0;
}

/** A stand-in parent for the first pass, which only finds out what `extends` resolves to. */
const emptyParent = { id: '', kind: 'municipal', region: '', title: '', issuer: '', document: {}, deviations: [], categories: [] } as const;
