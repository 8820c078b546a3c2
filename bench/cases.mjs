/** What the harness measures, in order: references first, then the CLI on generated catalogues and filings. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mixFiles, prepareMix } from './filings.mjs';
import { countyYaml } from './generate.mjs';
import { writeFontsConf } from './lo-fonts.mjs';
import { externalCommand, hasCommand, nodeCommand } from './measure.mjs';

const TYPST_DIR = fileURLToPath(new URL('./typst/', import.meta.url));

/** Catalogue sizes generated (34 = the baseline-sized county; 100 is the base of the linearity ratio). */
export const SIZES = [34, 100, 200, 1000];
/** Filings verified at once: the first n of the realistic mix (bench/filings.mjs). */
export const FILING_COUNTS = [1, 10, 100];
/** Copies of one county checked in one process (does the baseline get parsed once or 50 times?). */
export const COPIES = 50;

const range = (n) => Array.from({ length: n }, (_, i) => i + 1);
const pad = (i) => String(i).padStart(3, '0');

/**
 * The cases. `ctx`: { root, packageRoot, bin, files (size → path), copiesDir, runs, warmup, heavyRuns, runCatalog }.
 * A case may have `env`, `prepare` (run once before it, e.g. building the filings; returns a reason to skip)
 * and `skip` (a reason it cannot run).
 */
export function benchCases(ctx) {
  const { root, bin, files } = ctx;
  const cat = (...args) => nodeCommand([bin, ...args]);
  const light = { warmup: ctx.warmup, runs: ctx.runs };
  const heavy = { warmup: ctx.heavyWarmup, runs: ctx.heavyRuns };
  const out = (name) => join(root, 'out', name);
  const cases = [
    // In turns with build.34, whose ratio to it is budgeted (when build.34 is not measured, on its own).
    { id: 'ref.node', label: 'node -e ""  (reference)', cmd: nodeCommand(['-e', '']), interleave: 'build.34', ...light },
    { id: 'version', label: 'catalog --version', cmd: cat('--version'), ...light },
    { id: 'check.34', label: 'check, county of 34 items', cmd: cat('check', files[34]), ...light },
    { id: 'check.100', label: 'check, 100 items', cmd: cat('check', files[100]), ...light },
    { id: 'check.1000', label: 'check, 1,000 items', cmd: cat('check', files[1000]), ...light },
    {
      id: `check.copies`,
      label: `check, ${COPIES} copies of the county`,
      cmd: cat('check', ...range(COPIES).map((i) => join(ctx.copiesDir, `copy-${pad(i)}.yaml`))),
      ...light,
    },
    { id: 'build.34', label: 'build, county of 34 (all outputs)', cmd: cat('build', files[34], '-o', out('34')), ...light },
    sofficeCase(ctx, light),
    {
      id: 'build.notice',
      label: 'build weihui --only notice,pdf',
      cmd: cat('build', join(ctx.packageRoot, 'catalogues', 'weihui.yaml'), '--only', 'notice,pdf', '-o', out('notice')),
      ...light,
    },
    typstCase(ctx, light),
    // Issue 18.3: the figure is the second county's notice inside one process (bench/warm.mjs), not the process.
    {
      id: 'warm.notice',
      label: 'warm: 2nd county notice PDF via the API (in process)',
      cmd: nodeCommand([fileURLToPath(new URL('./warm.mjs', import.meta.url)), ctx.packageRoot]),
      ...light,
    },
    { id: 'build.100', label: 'build, 100 items', cmd: cat('build', files[100], '-o', out('100')), ...light },
    { id: 'build.200', label: 'build, 200 items', cmd: cat('build', files[200], '-o', out('200')), ...light },
    { id: 'build.1000', label: 'build, 1,000 items', cmd: cat('build', files[1000], '-o', out('1000')), ...heavy },
  ];
  // A bare node start in turns with the 100 filings: the ratio of filings/s and of peak memory to it.
  cases.push({
    id: 'ref.node.verify',
    label: 'node -e ""  (reference, in turns with verify.100)',
    cmd: nodeCommand(['-e', '']),
    interleave: 'verify.100',
    ...heavy,
  });
  for (const n of FILING_COUNTS) cases.push(verifyCase(ctx, n, n >= 100 ? heavy : light));
  cases.push(importCase(ctx, light));
  return cases;
}

/**
 * LibreOffice converting the county's notice DOCX, with the same Chinese fonts our PDF embeds (its own
 * profile folder, so no first-start dialogs; the warm-up run also fills the font cache).
 */
function sofficeCase(ctx, runs) {
  // Measured in turns with build.34, the figure it is compared with.
  const base = { id: 'ref.soffice', label: 'LibreOffice DOCX→PDF, same notice  (reference)', interleave: 'build.34', ...runs };
  if (!hasCommand('soffice')) return { ...base, skip: 'soffice not installed' };
  const docxDir = join(ctx.root, 'out', 'notice-docx');
  const docx = join(docxDir, 'bench-34.notice.docx');
  const outDir = join(ctx.root, 'out', 'soffice');
  const profile = `file://${join(ctx.root, 'lo-profile')}`;
  const fontsDir = join(ctx.root, 'lo-fonts');
  return {
    ...base,
    cmd: externalCommand('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', outDir, docx]),
    env: { FONTCONFIG_FILE: join(fontsDir, 'fonts.conf') },
    prepare: async () => {
      const r = ctx.runCatalog(['build', ctx.files[34], '--only', 'notice,docx', '-o', docxDir]);
      if (r.status !== 0 || !existsSync(docx)) return `building the notice DOCX failed: ${String(r.stderr).trim().split('\n').pop()}`;
      mkdirSync(outDir, { recursive: true });
      await writeFontsConf(fontsDir, ctx.packageRoot);
      return undefined;
    },
  };
}

/**
 * Typst compiling the same notice (bench/typst/notice.mjs writes it from the resolved weihui catalogue and the
 * notice's layout blocks, with the same font files and attachments) to PDF/A-3b, as a whole node process.
 */
function typstCase(ctx, runs) {
  const base = { id: 'ref.typst', label: 'Typst, same notice to PDF/A-3b  (reference)', interleave: 'build.notice', ...runs };
  const dir = join(ctx.root, 'typst');
  const typ = join(dir, 'notice.typ');
  return {
    ...base,
    cmd: nodeCommand([join(TYPST_DIR, 'compile.mjs'), typ, join(dir, 'notice.pdf')]),
    prepare: () => {
      const source = join(ctx.packageRoot, 'catalogues', 'weihui.yaml');
      const r = spawnSync(process.execPath, [join(TYPST_DIR, 'notice.mjs'), source, dir, ctx.packageRoot], { cwd: ctx.root, encoding: 'utf8' });
      return r.status !== 0 || !existsSync(typ) ? `writing the Typst notice failed: ${String(r.stderr).trim().split('\n').pop()}` : undefined;
    },
  };
}

/**
 * `catalog verify` of the first n filings of the realistic mix: distinct counties, 60 % as built, 20 %
 * re-saved by qpdf (painting compared), 20 % sealed (an incremental update analysed); see bench/filings.mjs.
 */
function verifyCase(ctx, n, runs) {
  const base = { id: `verify.${n}`, label: `verify, ${n} filing${n > 1 ? 's' : ''} (mix)`, ...runs };
  if (!ctx.hasVerify) return { ...base, skip: 'catalog verify not built yet (lib/app/verify.js missing)' };
  const dir = join(ctx.root, 'filings');
  const total = Math.max(...FILING_COUNTS);
  return {
    ...base,
    cmd: nodeCommand([ctx.bin, 'verify', ...mixFiles(dir, total).slice(0, n)]),
    prepare: () => prepareMix(ctx, dir, total),
  };
}

/** `catalog import` of the 40-row table of a county's notice DOCX (built once), written over the same output each run. */
function importCase(ctx, runs) {
  const base = { id: 'import.40', label: 'import, DOCX table of 40 rows', ...runs };
  if (!['app', 'cli'].some((dir) => existsSync(join(ctx.packageRoot, 'lib', dir, 'import.js'))))
    return { ...base, skip: 'catalog import not built yet (lib/app/import.js missing)' };
  const dir = join(ctx.root, 'out', 'import');
  const docx = join(dir, 'bench-40.notice.docx');
  return {
    ...base,
    cmd: nodeCommand([ctx.bin, 'import', docx, '-o', join(dir, 'imported.yaml'), '--force']),
    prepare: () => {
      if (existsSync(docx)) return undefined;
      mkdirSync(dir, { recursive: true });
      const source = join(ctx.root, 'catalogues', 'bench-40.yaml');
      writeFileSync(source, countyYaml(40, 40));
      const r = ctx.runCatalog(['build', source, '--only', 'notice,docx', '-o', dir]);
      return r.status !== 0 || !existsSync(docx) ? `building the notice DOCX failed: ${String(r.stderr).trim().split('\n').pop()}` : undefined;
    },
  };
}
