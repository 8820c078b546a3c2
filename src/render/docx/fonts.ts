/** The East Asian font names each role is set in, per profile, and the run properties that name them. */
import type { FontRole } from '../../model/index.js';

/** `gbt9704`: the fonts GB/T 9704 names; `windows`: the faces every Windows PC has. */
export type DocxProfile = 'gbt9704' | 'windows';

/**
 * Font names as Word looks them up. `windows` has no 方正小标宋简体, so titles fall back to 宋体
 * (SimSun ships with every Windows; 华文中宋 only with Office, so it is not assumed).
 */
export const PROFILE_FONTS: Readonly<Record<DocxProfile, Readonly<Record<FontRole, string>>>> = {
  gbt9704: { title: '方正小标宋简体', fang: '仿宋_GB2312', hei: '黑体', kai: '楷体_GB2312', song: '宋体' },
  windows: { title: '宋体', fang: '仿宋', hei: '黑体', kai: '楷体', song: '宋体' },
};

/** Digits and Latin letters [7.3]: Times New Roman beside every East Asian face. */
const LATIN_FONT = 'Times New Roman';

/** The run font attributes for a role: Times New Roman for Latin, the role's face for hanzi. */
export function roleFont(profile: DocxProfile, role: FontRole) {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: PROFILE_FONTS[profile][role], hint: 'eastAsia' } as const;
}

/** 页码 are 半角宋体 digits [7.5], so the page number runs use 宋体 for Latin too. */
export function pageNumberFont(profile: DocxProfile) {
  const song = PROFILE_FONTS[profile].song;
  return { ascii: song, hAnsi: song, eastAsia: song, hint: 'eastAsia' } as const;
}
