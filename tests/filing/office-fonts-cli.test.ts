/** `catalog verify --fonts DIR` as a user runs it: a county builds with its own fonts, the bureau verifies with its trusted copy. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir();

/** A font folder as C:\Windows\Fonts names them: 仿宋 TrueType, 黑体 CFF OpenType. */
function fonts(name: string): void {
  mkdirSync(join(dir, name));
  copyFileSync(join(repoRoot, 'node_modules/@expo-google-fonts/noto-serif-sc/300Light/NotoSerifSC_300Light.ttf'), join(dir, name, 'simfang.ttf'));
  copyFileSync(join(repoRoot, 'node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Medium.otf'), join(dir, name, 'SimHei.ttf'));
}

beforeAll(() => {
  fonts('county-fonts');
  fonts('bureau-fonts');
  const r = runCli(['build', '--fonts', join(dir, 'county-fonts'), '--only', 'filing,pdf', '-o', join(dir, 'in'), 'catalogues/weihui.yaml']);
  if (r.status !== 0) throw new Error(r.stderr);
}, 120_000);

describe('catalog verify --fonts', () => {
  it('passes a filing built with the same fonts', () => {
    const r = runCli(['verify', '--fonts', 'bureau-fonts', 'in'], dir, {}, 120_000);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('without --fonts fails, saying which fonts and what to do (zh and en)', () => {
    const zh = runCli(['verify', 'in'], dir, {}, 120_000);
    expect(zh.status).toBe(1);
    expect(zh.stdout).toMatch(/NotoSerifSC-Light、NotoSansHans-Medium.*catalog verify --fonts 字体目录/);
    const en = runCli(['verify', 'in', '--lang', 'en'], dir, {}, 120_000);
    expect(en.stdout).toMatch(/NotoSerifSC-Light、NotoSansHans-Medium.*Verify again with catalog verify --fonts DIR/);
  });

  it('a folder that cannot be read is a usage error', () => {
    const r = runCli(['verify', '--fonts', 'no-such-folder', 'in'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('--fonts 应为可读取的字体目录，而“no-such-folder”不是');
  });
});
