/**
 * Real-client checks: convert a DOCX with LibreOffice, with a fontconfig file that maps the office font
 * names (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312 …) to the open fonts from npm, so Chinese renders.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { woffToSfnt } from '../../src/render/fonts/woff.js';

/** Whether a command is on the PATH (tests that need it skip visibly when it is not). */
export const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const require = createRequire(import.meta.url);
const packageDir = (file: string): string => dirname(require.resolve(file));

/** Office font name → [substitute family, weight] (方正小标宋 is about Noto Serif SC Bold's weight). */
const ALIASES: readonly (readonly [string, string, string?])[] = [
  ['方正小标宋简体', 'Noto Serif SC', 'bold'],
  ['仿宋_GB2312', 'Noto Serif SC'],
  ['仿宋', 'Noto Serif SC'],
  ['宋体', 'Noto Serif SC'],
  ['黑体', 'Noto Sans S Chinese'],
  ['楷体_GB2312', 'LXGW WenKai'],
  ['楷体', 'LXGW WenKai'],
];

function aliasXml([name, family, weight]: readonly [string, string, string?]): string {
  const bold = weight ? `<edit name="weight" mode="assign" binding="strong"><const>${weight}</const></edit>` : '';
  return (
    `<match target="pattern"><test name="family"><string>${name}</string></test>` +
    `<edit name="family" mode="prepend" binding="strong"><string>${family}</string></edit>${bold}</match>`
  );
}

/**
 * Write `fonts.conf` (and LXGW WenKai converted from npm's WOFF to TTF) into `dir`; returns the conf path.
 * The system configuration stays included, so Times New Roman still maps to Liberation Serif.
 */
export function writeFontsConf(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const serif = packageDir('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');
  const serifBold = packageDir('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf');
  const sans = join(dirname(packageDir('@embedpdf/fonts-sc')), 'fonts');
  const kaiWoff = require.resolve('@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff');
  writeFileSync(join(dir, 'LXGWWenKai-Regular.ttf'), woffToSfnt(readFileSync(kaiWoff)));
  const cache = join(tmpdir(), 'catalog-fontconfig-cache');
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      ...[serif, serifBold, sans, dir].map((d) => `<dir>${d}</dir>`),
      `<cachedir>${cache}</cachedir>`,
      ...ALIASES.map(aliasXml),
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return conf;
}

/** Convert `file` to `format` with headless LibreOffice into `outDir`; returns the output path. */
export function convertWithLibreOffice(file: string, outDir: string, fontsConf: string, format = 'pdf'): string {
  const profile = pathToFileURL(join(tmpdir(), `lo-profile-${process.pid}`)).href;
  const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', format, '--outdir', outDir, file], {
    encoding: 'utf8',
    env: { ...process.env, FONTCONFIG_FILE: fontsConf },
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return join(outDir, `${basename(file).replace(/\.[^.]+$/, '')}.${format}`);
}
