/** Safe output: atomic writes, no write over a source or outside -o DIR, and templates that reach no prototypes. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputError, outputPath, writeAtomic } from '../../src/app/write.js';
import { nodeFs } from '../../src/io/node-fs.js';
import { repoRoot, runCli, type RunResult } from '../helpers/cli.js';
import { HEADER } from '../robustness/generated.js';

const STACK = /\n\s+at /;
let work = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'catalog-output-'));
  cpSync(join(repoRoot, 'catalogues'), join(work, 'catalogues'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = (args: readonly string[]): RunResult => runCli(['build', ...args], work);
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  );

/** A --templates folder holding one file. */
function templates(name: string, text: string): string {
  const dir = mkdtempSync(join(work, 'templates-'));
  writeFileSync(join(dir, name), text);
  return dir;
}

describe('outputPath', () => {
  const out = '/srv/out';
  const none = new Set<string>();

  it('keeps a plain name inside the folder', () => {
    expect(outputPath(out, 'weihui.notice.pdf', none)).toBe(resolve(out, 'weihui.notice.pdf'));
  });

  it.each(['../x', '../../etc/passwd', '/etc/passwd', 'a/b', 'a/../../x', '.', '..', '', './x'])('refuses %j', (name) => {
    expect(() => outputPath(out, name, none)).toThrow(OutputError);
  });

  it('refuses a name that is a source file', () => {
    expect(() => outputPath(out, 'demo.html', new Set([resolve(out, 'demo.html')]))).toThrow(/覆盖源文件/);
  });
});

describe('writeAtomic', () => {
  it('replaces the file by renaming a finished temporary one, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(work, 'atomic-'));
    const path = join(dir, 'a.pdf');
    writeFileSync(path, 'old');
    const before = statSync(path).ino;
    writeAtomic(nodeFs, path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).ino, 'a new file, not the old one rewritten in place').not.toBe(before);
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('leaves what was there when the rename fails, and cleans up', () => {
    const dir = mkdtempSync(join(work, 'atomic-'));
    mkdirSync(join(dir, 'a.pdf'));
    writeFileSync(join(dir, 'a.pdf', 'kept'), 'kept');
    expect(() => writeAtomic(nodeFs, join(dir, 'a.pdf'), 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['a.pdf']);
    expect(readFileSync(join(dir, 'a.pdf', 'kept'), 'utf8')).toBe('kept');
  });

  it('makes missing folders, and says which file could not be written and why (zh/en)', () => {
    const dir = mkdtempSync(join(work, 'atomic-'));
    writeAtomic(nodeFs, join(dir, 'x', 'y', 'a.pdf'), 'deep');
    expect(readFileSync(join(dir, 'x', 'y', 'a.pdf'), 'utf8')).toBe('deep');
    writeFileSync(join(dir, 'file'), 'a file, not a folder');
    expect(() => writeAtomic(nodeFs, join(dir, 'file', 'a.pdf'), 'new')).toThrow(
      new OutputError(`无法写入“${join(dir, 'file', 'a.pdf')}”：ENOTDIR（检查文件夹是否存在、有无写入权限，或文件是否被其他程序打开）`),
    );
    expect(() => writeAtomic(nodeFs, join(dir, 'file', 'a.pdf'), 'new', { lang: 'en', shown: 'file/a.pdf' })).toThrow(/^Cannot write "file\/a\.pdf": ENOTDIR/);
  });

  it.skipIf(!existsSync('/proc/self'))('fails at once under a folder that refuses new entries (/proc), where recursive mkdir spins', () => {
    expect(() => writeAtomic(nodeFs, '/proc/catalog-test/a.pdf', 'x')).toThrow(/ENOENT/);
  });
});

describe('catalog build', () => {
  it('leaves the previous documents byte-identical when a catalogue fails half-way, with no temporary files', () => {
    const out = join(work, 'dist-interrupted');
    mkdirSync(out);
    writeFileSync(join(out, 'weihui.notice.docx'), 'previous weihui');
    writeFileSync(join(out, 'weihui-shiyan.notice.docx'), 'previous school');
    const before = snapshot(out);
    // The school (first in order) renders; the county's notice calls a helper that does not exist.
    const dir = templates('notice.hbs', '{{#if isCounty}}{{noSuchHelper title}}{{/if}}{{title}}');
    const r = build(['catalogues/schools/weihui-shiyan.yaml', 'catalogues/weihui.yaml', '-o', out, '--templates', dir, '--only', 'notice,docx']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/模板 notice(\.hbs)? 有误/);
    expect(r.stderr).not.toMatch(STACK);
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses to write over a source file, and writes nothing at all', () => {
    const dir = mkdtempSync(join(work, 'same-name-'));
    const source = join(dir, 'demo.html');
    writeFileSync(source, `${HEADER}document: {date: 2020-10-26}\n`);
    const before = snapshot(dir);
    const r = build([source, '-o', dir]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/拒绝覆盖源文件/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses an -o that is a source file, leaving it unchanged', () => {
    const source = join(work, 'catalogues', 'weihui.yaml');
    const before = readFileSync(source);
    const r = build(['catalogues/weihui.yaml', '-o', 'catalogues/weihui.yaml', '--only', 'html']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/“catalogues\/weihui\.yaml”不是文件夹/);
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(source)).toEqual(before);
  });

  it('never writes outside -o: an id with ../ is a schema error and nothing is built', () => {
    const dir = mkdtempSync(join(work, 'escape-'));
    writeFileSync(join(dir, 'evil.yaml'), HEADER.replace('id: demo', 'id: ../../evil'));
    const r = build([join(dir, 'evil.yaml'), '-o', join(dir, 'out'), '--only', 'html']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/“\.\.\/\.\.\/evil”的格式不对/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['evil.yaml']);
  });
});

/** The classic Handlebars sandbox escape: reach Function through String.prototype.sub.constructor. */
const RCE = (marker: string): string => `{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}
{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}
{{this.push "return require('fs').writeFileSync('${marker}', 'pwned');"}}{{this.pop}}
{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}`;

const PROBES = [
  '{{constructor.constructor}}',
  '{{#with __proto__}}[{{polluted}}]{{/with}}',
  '{{lookup this "constructor"}}',
  '{{title.constructor.name}}{{#with title.constructor}}{{#with (lookup this "prototype")}}[proto]{{/with}}{{/with}}',
].join('\n\n');

describe('templates given with --templates reach no prototype', () => {
  const LEAKS = /function|native code|\[object|Object|String|\[proto\]|pwned/;

  it('notice.hbs: nothing leaks into the document, nothing runs', () => {
    const marker = join(work, 'pwned-notice');
    const out = join(work, 'dist-notice');
    const dir = templates('notice.hbs', `开头。\n\n${PROBES}\n\n${RCE(marker)}\n\n结尾。`);
    const r = build(['catalogues/weihui.yaml', '-o', out, '--templates', dir, '--only', 'notice,docx']);
    expect(existsSync(marker)).toBe(false);
    expect(r.stderr).not.toMatch(STACK);
    if (r.status === 0) {
      const xml = strFromU8(unzipSync(readFileSync(join(out, 'weihui.notice.docx')))['word/document.xml'] ?? new Uint8Array());
      const text = xml.replace(/<[^>]*>/g, '');
      expect(text).toContain('开头。');
      expect(text).not.toMatch(LEAKS);
    } else {
      expect(r.status).toBe(2);
    }
  });

  it('portal.hbs: nothing leaks into the page, nothing runs', () => {
    const marker = join(work, 'pwned-portal');
    const out = join(work, 'dist-portal');
    const dir = templates('portal.hbs', `<p>${PROBES}</p>\n${RCE(marker)}`);
    const r = build(['catalogues/weihui.yaml', '-o', out, '--templates', dir, '--only', 'html']);
    expect(existsSync(marker)).toBe(false);
    expect(r.stderr).not.toMatch(STACK);
    if (r.status === 0) expect(readFileSync(join(out, 'weihui.html'), 'utf8')).not.toMatch(LEAKS);
    else expect(r.status).toBe(2);
  });
  // Escaping of data in the page is covered by tests/render/html/escape.test.ts.
});

describe('output that cannot be written', () => {
  it('build -o into /proc: exit 2 and the file named, no stack, no hang', () => {
    const r = build(['catalogues/weihui.yaml', '--only', 'html', '-o', '/proc/catalog-test']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe(
      '无法写入“/proc/catalog-test/weihui.html”：ENOENT（检查文件夹是否存在、有无写入权限、磁盘空间是否足够，或文件是否被其他程序打开）。未写入任何文件，原有文件保持不变',
    );
  });

  it('--templates given a file: exit 2 and what it should be', () => {
    const r = build(['catalogues/weihui.yaml', '--templates', 'catalogues/weihui.yaml', '-o', join(work, 'tpl-file-out')]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe('--templates 指定的“catalogues/weihui.yaml”不是文件夹：请给出放 notice.hbs、filing.hbs、portal.hbs 的文件夹');
    expect(existsSync(join(work, 'tpl-file-out'))).toBe(false);
  });
});

describe('--fonts that cannot be used', () => {
  it('a folder that does not exist: exit 2, one line naming it, nothing written', () => {
    const out = join(work, 'fonts-missing-out');
    const r = build(['catalogues/weihui.yaml', '--only', 'pdf', '--fonts', 'no-such-fonts', '-o', out]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe('--fonts 指定的字体文件夹“no-such-fonts”不存在，未写入任何文件');
    expect(existsSync(out)).toBe(false);
  });

  it('a broken font file in it: exit 2, the file and what to do, in English with --lang en, nothing written', () => {
    const dir = mkdtempSync(join(work, 'fonts-'));
    writeFileSync(join(dir, 'simhei.ttf'), 'not a font\n');
    const out = join(work, 'fonts-broken-out');
    const r = build(['catalogues/weihui.yaml', '--only', 'pdf', '--fonts', dir, '-o', out, '--lang', 'en']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^cannot use the font file ".*simhei\.ttf": Unknown font format\. Replace it with an intact copy, or build without --fonts/);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(out)).toBe(false);
  });
});
