/** Real catalogues laid out and rendered to PDF for the renderer's tests; renders are cached per catalogue. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSource } from '../../../src/check/check.js';
import { fsHost } from '../../../src/app/host.js';
import type { LayoutInput, OfficialDocument } from '../../../src/model/index.js';
import { packageRoot, templatesDir } from '../../../src/util/paths.js';
import { loadDefaultFonts } from '../../../src/render/fonts/fonts.js';
import { findAddedItemIds, layoutFiling, layoutNotice } from '../../../src/render/layout/index.js';
import { renderPdf, type PdfOptions } from '../../../src/render/pdf/index.js';

export const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Runs a poppler/qpdf tool on a file and returns stdout (throws on a non-zero exit). */
export function run(cmd: string, args: readonly string[]): string {
  const out = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${out.status}: ${out.stderr}`);
  return out.stdout;
}

export interface Example {
  readonly source: Uint8Array;
  readonly notice: OfficialDocument;
  readonly filing: OfficialDocument;
  readonly options: PdfOptions;
}

const templates = {
  notice: readFileSync(join(templatesDir, 'notice.hbs'), 'utf8'),
  filing: readFileSync(join(templatesDir, 'filing.hbs'), 'utf8'),
};

/** Checks a catalogue (path relative to the package root) and lays out both documents, as `build` does. */
export function example(file: string): Example {
  const abs = join(packageRoot, file);
  const source = readFileSync(abs);
  const checked = checkSource(abs, source, fsHost(packageRoot), { lang: 'zh' });
  const catalogue = checked.resolved;
  if (!catalogue) throw new Error(`${file} did not resolve`);
  const input: LayoutInput = {
    catalogue,
    ...(checked.baseline ? { baseline: checked.baseline } : {}),
    addedItemIds: findAddedItemIds(catalogue, checked.baseline),
    sourceSha256: checked.loaded.sha256,
    date: catalogue.document.date ?? '2020-10-26',
    templates,
  };
  const options: PdfOptions = {
    fonts: loadDefaultFonts(),
    attachments: [
      { name: 'source.yaml', bytes: source, mime: 'application/yaml', description: '目录源文件', relationship: 'Source' },
      {
        name: 'resolved.json',
        bytes: new TextEncoder().encode(`${JSON.stringify(catalogue, null, 2)}\n`),
        mime: 'application/json',
        description: '解析后的目录',
        relationship: 'Data',
      },
    ],
    info: { SourceSHA256: checked.loaded.sha256, ToolVersion: 'catalog 0.1.0-test' },
  };
  return { source, notice: layoutNotice(input), filing: layoutFiling(input), options };
}

const cache = new Map<string, Promise<Uint8Array>>();

/** The PDF of one document of a catalogue, rendered once per test process. */
export function rendered(file: string, part: 'notice' | 'filing'): Promise<Uint8Array> {
  const key = `${file}#${part}`;
  let pdf = cache.get(key);
  if (pdf === undefined) {
    const ex = example(file);
    pdf = renderPdf(ex[part], ex.options);
    cache.set(key, pdf);
  }
  return pdf;
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'catalog-pdf-'));

/** Writes a PDF to a fresh temporary file for the command-line tools. */
export function tempPdf(bytes: Uint8Array, name = 'doc.pdf'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** The words of one page with their boxes (pdftotext -bbox), in points from the top-left corner. */
export function words(path: string, page: number): Word[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-']);
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  return [...html.matchAll(re)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!,
  }));
}

/** Width × height of every page, from pdfinfo. */
export function pageSizes(path: string): { width: number; height: number }[] {
  const info = run('pdfinfo', ['-f', '1', '-l', '9999', path]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The text of one page in drawing order (-raw), with all whitespace removed. */
export function pageText(path: string, page: number): string {
  return run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), path, '-']).replace(/\s+/g, '');
}

/** Skips a describe block visibly when a tool is missing. */
export function needs(...tools: string[]): boolean {
  const missing = tools.filter((tool) => !has(tool));
  if (missing.length > 0) console.warn(`skipping PDF checks: ${missing.join(', ')} not installed (apt-get install poppler-utils qpdf)`);
  return missing.length === 0;
}
