/**
 * A fontconfig file for the LibreOffice reference: the office font names mapped to the same npm fonts our PDF
 * embeds (as tests/helpers/libreoffice.ts does), so LibreOffice sets real Chinese glyphs, as on a user's PC.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ALIASES = [
  ['方正小标宋简体', 'Noto Serif SC', 'bold'],
  ['仿宋_GB2312', 'Noto Serif SC'],
  ['仿宋', 'Noto Serif SC'],
  ['宋体', 'Noto Serif SC'],
  ['黑体', 'Noto Sans S Chinese'],
  ['楷体_GB2312', 'LXGW WenKai'],
  ['楷体', 'LXGW WenKai'],
];

function aliasXml([name, family, weight]) {
  const bold = weight ? `<edit name="weight" mode="assign" binding="strong"><const>${weight}</const></edit>` : '';
  return (
    `<match target="pattern"><test name="family"><string>${name}</string></test>` +
    `<edit name="family" mode="prepend" binding="strong"><string>${family}</string></edit>${bold}</match>`
  );
}

/** Writes `dir/fonts.conf` (and LXGW WenKai as TTF, converted by the built tool's own WOFF reader); returns its path. */
export async function writeFontsConf(dir, packageRoot) {
  const require = createRequire(join(packageRoot, 'package.json'));
  const { woffToSfnt } = await import(new URL(`file://${join(packageRoot, 'lib', 'render', 'fonts', 'woff.js')}`).href);
  mkdirSync(dir, { recursive: true });
  const kai = require.resolve('@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff');
  writeFileSync(join(dir, 'LXGWWenKai-Regular.ttf'), woffToSfnt(readFileSync(kai)));
  const dirs = [
    dirname(require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')),
    dirname(require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf')),
    join(dirname(dirname(require.resolve('@embedpdf/fonts-sc'))), 'fonts'),
    dir,
  ];
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      ...dirs.map((d) => `<dir>${d}</dir>`),
      `<cachedir>${join(dir, 'cache')}</cachedir>`,
      ...ALIASES.map(aliasXml),
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return conf;
}
