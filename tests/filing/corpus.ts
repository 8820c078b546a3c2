/** The corpus of filings the bureau might receive: good builds and every kind of bad one, with what verify must say. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { runCli } from '../helpers/cli.js';
import { paintOver } from './forge.js';
import { sealFiling } from './sign.js';
import { buildFiling, checkCatalogue, embeddedFiles, filingDocument, has, renderWithFiles, repoRoot, run, shippedBaseline } from './helpers.js';

export interface CorpusEntry {
  /** Relative to the corpus folder's parent (the working directory of the verify run). */
  readonly file: string;
  readonly status: 'ok' | 'warning' | 'error';
  readonly integrity: string;
  /** Every rule with an error or warning finding, sorted. */
  readonly rules: readonly string[];
}

const FIXTURES = join(repoRoot, 'tests', 'filing', 'fixtures');

/** The shipped baseline with one item renamed: what a county that edited its copy of the baseline builds against. */
export function editedBaseline(path: string): void {
  const text = readFileSync(shippedBaseline, 'utf8');
  const edited = text.replace('name: 招生计划\n', 'name: 年度招生计划\n');
  if (edited === text) throw new Error('the baseline no longer has the item the test renames');
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, edited);
}

function cli(args: readonly string[]): void {
  const r = runCli(args);
  if (r.status !== 0) throw new Error(`catalog ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
}

/** Good filings from `catalog build`, as the counties and schools send them. */
function goodFilings(dir: string): CorpusEntry[] {
  cli(['build', '--only', 'filing,pdf', '-o', join(dir, 'filings', 'good'), 'catalogues']);
  const ok = (id: string, status: CorpusEntry['status'] = 'ok', rules: string[] = []): CorpusEntry => ({
    file: `filings/good/${id}.filing.pdf`,
    status,
    integrity: 'ok',
    rules,
  });
  // A school's and the municipal catalogue are genuine builds, but not what the city receives.
  return [
    ok('fengqiu', 'warning', ['deviation']),
    ok('huixian'),
    ok('weihui'),
    ok('weihui-shiyan', 'error', ['unexpected-filing-kind']),
    ok('xinxiang', 'error', ['incomplete-document', 'kind-mismatch', 'unexpected-filing-kind']),
    ok('yuanyang'),
  ];
}

/** Files that are not (readable) PDFs. */
function unreadable(dir: string, weihui: Uint8Array): CorpusEntry[] {
  const bad = join(dir, 'filings', 'bad');
  writeFileSync(join(bad, 'truncated.pdf'), weihui.subarray(0, Math.floor(weihui.length / 2)));
  writeFileSync(join(bad, 'not-a-pdf.pdf'), '这不是 PDF，是一封说明信。\n');
  writeFileSync(join(bad, 'archive.pdf'), zipSync({ 'weihui.filing.pdf': weihui }));
  writeFileSync(join(bad, 'empty.pdf'), new Uint8Array());
  const entry = (name: string): CorpusEntry => ({ file: `filings/bad/${name}`, status: 'error', integrity: 'unreadable', rules: ['missing-source'] });
  return ['truncated.pdf', 'not-a-pdf.pdf', 'archive.pdf', 'empty.pdf'].map(entry);
}

/** What qpdf can do to a good filing: drop a page, encrypt it. Absent qpdf, these cases are left out. */
function withQpdf(dir: string, weihuiPath: string): CorpusEntry[] {
  if (!has('qpdf')) {
    console.warn('skipping the page-removed and encrypted filings: qpdf not installed');
    return [];
  }
  const bad = join(dir, 'filings', 'bad');
  run('qpdf', ['--pages', weihuiPath, '1-2,4-z', '--', weihuiPath, join(bad, 'page-removed.pdf')]);
  run('qpdf', ['--encrypt', 'user', 'owner', '256', '--', weihuiPath, join(bad, 'encrypted.pdf')]);
  return [
    { file: 'filings/bad/page-removed.pdf', status: 'error', integrity: 'tampered', rules: ['tampered-document'] },
    { file: 'filings/bad/encrypted.pdf', status: 'error', integrity: 'unreadable', rules: ['missing-source'] },
  ];
}

/** Filings whose embedded files were swapped, removed, or made by another version, and one built on an edited baseline. */
async function derived(dir: string, weihui: Uint8Array): Promise<CorpusEntry[]> {
  const bad = join(dir, 'filings', 'bad');
  const good = checkCatalogue('catalogues/weihui.yaml');
  const dropped = checkCatalogue('tests/filing/fixtures/weihui-dropped-channel.yaml');
  writeFileSync(join(bad, 'dropped-channel.pdf'), await buildFiling(dropped, { docs: good }));
  writeFileSync(join(bad, 'no-attachments.pdf'), await renderWithFiles(filingDocument(good), new Map()));
  const files = await embeddedFiles(weihui);
  files.set('weihui.yaml', readFileSync(join(FIXTURES, 'bomb.yaml')));
  writeFileSync(join(bad, 'yaml-bomb.pdf'), await renderWithFiles(filingDocument(good), files));
  writeFileSync(join(bad, 'other-version.pdf'), await buildFiling(good, { toolVersion: '0.0.9' }));
  writeFileSync(join(bad, 'white-box.pdf'), paintOver(weihui, 3, 'q 1 1 1 rg 90 300 420 40 re f Q'));
  writeFileSync(join(bad, 'sealed.pdf'), await sealFiling(weihui, '卫辉市教育局'));
  const edited = join(dir, 'work', 'edited', 'xinxiang', '2020.yaml');
  editedBaseline(edited);
  cli(['build', '--only', 'filing,pdf', '--baseline', edited, '-o', join(dir, 'work', 'edited-out'), 'catalogues/weihui.yaml']);
  copyFileSync(join(dir, 'work', 'edited-out', 'weihui.filing.pdf'), join(bad, 'edited-baseline.pdf'));
  return [
    { file: 'filings/bad/dropped-channel.pdf', status: 'error', integrity: 'tampered', rules: ['removed-channel', 'tampered-document'] },
    { file: 'filings/bad/no-attachments.pdf', status: 'error', integrity: 'missing-source', rules: ['missing-source'] },
    { file: 'filings/bad/yaml-bomb.pdf', status: 'error', integrity: 'unverified', rules: ['yaml-syntax'] },
    { file: 'filings/bad/other-version.pdf', status: 'ok', integrity: 'ok', rules: [] },
    { file: 'filings/bad/white-box.pdf', status: 'error', integrity: 'tampered', rules: ['tampered-document'] },
    { file: 'filings/bad/sealed.pdf', status: 'ok', integrity: 'ok', rules: [] },
    { file: 'filings/bad/edited-baseline.pdf', status: 'error', integrity: 'baseline-mismatch', rules: ['baseline-mismatch'] },
  ];
}

/** YAML sources filed as they are. */
function yamlFilings(dir: string): CorpusEntry[] {
  const yaml = join(dir, 'filings', 'yaml');
  mkdirSync(yaml, { recursive: true });
  copyFileSync(join(repoRoot, 'catalogues', 'huixian.yaml'), join(yaml, 'huixian.yaml'));
  copyFileSync(join(FIXTURES, 'weihui-dropped-channel.yaml'), join(yaml, 'weihui-dropped-channel.yaml'));
  return [
    { file: 'filings/yaml/huixian.yaml', status: 'ok', integrity: 'source', rules: [] },
    { file: 'filings/yaml/weihui-dropped-channel.yaml', status: 'error', integrity: 'source', rules: ['removed-channel'] },
  ];
}

/** Build the whole corpus under `dir` (filings in dir/filings, helpers in dir/work); returns what verify must find. */
export async function buildCorpus(dir: string): Promise<CorpusEntry[]> {
  const entries = goodFilings(dir);
  mkdirSync(join(dir, 'filings', 'bad'), { recursive: true });
  const weihuiPath = join(dir, 'filings', 'good', 'weihui.filing.pdf');
  const weihui = new Uint8Array(readFileSync(weihuiPath));
  entries.push(...unreadable(dir, weihui), ...withQpdf(dir, weihuiPath), ...(await derived(dir, weihui)), ...yamlFilings(dir));
  return entries;
}
