/** Colours of a Word document as Word paints them: theme colours through the document's colour mapping, and shading patterns mixed. */
import { findElement, type XElement } from './xml-tree.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** The stock Office theme, for a document without a theme part. */
const STOCK: Readonly<Record<string, string>> = {
  dark1: '000000',
  light1: 'FFFFFF',
  dark2: '44546A',
  light2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
  hyperlink: '0563C1',
  followedHyperlink: '954F72',
};
/** Slots of a:clrScheme by Word's name for them. */
const SLOTS: Readonly<Record<string, string>> = {
  dk1: 'dark1',
  lt1: 'light1',
  dk2: 'dark2',
  lt2: 'light2',
  accent1: 'accent1',
  accent2: 'accent2',
  accent3: 'accent3',
  accent4: 'accent4',
  accent5: 'accent5',
  accent6: 'accent6',
  hlink: 'hyperlink',
  folHlink: 'followedHyperlink',
};
/** Names that go through w:clrSchemeMapping (w:bg1="light1" …), with Word's defaults, and the abbreviations files use. */
const MAPPED: Readonly<Record<string, [string, string]>> = {
  background1: ['bg1', 'light1'],
  text1: ['t1', 'dark1'],
  background2: ['bg2', 'light2'],
  text2: ['t2', 'dark2'],
};
const ALIASES: Readonly<Record<string, string>> = {
  bg1: 'background1',
  tx1: 'text1',
  bg2: 'background2',
  tx2: 'text2',
  lt1: 'light1',
  dk1: 'dark1',
  lt2: 'light2',
  dk2: 'dark2',
};

/** Theme colour name (as w:themeColor writes it) → RGB hex. */
export type Palette = ReadonlyMap<string, string>;

const find = findElement;

/**
 * The document's theme colours: the theme part's scheme (a file may make dark 1 white or accent 1 white), and
 * background 1 / text 1 … as settings' w:clrSchemeMapping maps them (a file may map text 1 to light 1).
 */
export function themePalette(theme: XElement | undefined, settings: XElement | undefined): Palette {
  const scheme = find(theme, A, 'clrScheme');
  const slots = new Map(Object.entries(STOCK));
  for (const slot of scheme?.children ?? []) {
    const name = SLOTS[slot.local];
    const colour = slot.children[0];
    const hex = colour?.local === 'sysClr' ? colour.attrs.lastClr : colour?.local === 'srgbClr' ? colour.attrs.val : undefined;
    if (name && hex && /^[0-9A-Fa-f]{6}$/.test(hex)) slots.set(name, hex.toUpperCase());
  }
  const mapping = find(settings, W, 'clrSchemeMapping');
  const out = new Map(slots);
  for (const [name, [attr, fallback]] of Object.entries(MAPPED)) {
    const target = mapping?.attrs[`{${W}}${attr}`] ?? fallback;
    out.set(name, slots.get(target) ?? slots.get(fallback) ?? '000000');
  }
  for (const [alias, name] of Object.entries(ALIASES)) out.set(alias, out.get(name) ?? '000000');
  return out;
}

/** A theme colour with Word's shade (darker) and tint (lighter), both hex 00–FF, applied per channel. */
export function themed(palette: Palette, theme: string | undefined, shade: string | undefined, tint: string | undefined): string | undefined {
  const base = theme === undefined ? undefined : (palette.get(theme) ?? palette.get(theme.toLowerCase()));
  if (base === undefined) return undefined;
  const s = Number.parseInt(shade ?? 'FF', 16);
  const t = Number.parseInt(tint ?? 'FF', 16);
  return [0, 2, 4]
    .map((i) => {
      let v = Number.parseInt(base.slice(i, i + 2), 16) * ((Number.isFinite(s) ? s : 255) / 255);
      v += (255 - v) * (1 - (Number.isFinite(t) ? t : 255) / 255);
      return Math.round(v).toString(16).padStart(2, '0').toUpperCase();
    })
    .join('');
}

/** How much of the pattern colour a w:shd pattern paints over the fill (pct50 half; stripes and crosses about so). */
export function patternShare(pattern: string): number | undefined {
  if (pattern === 'solid') return 1;
  if (pattern === 'clear') return 0;
  const pct = /^pct(\d+)$/.exec(pattern);
  if (pct) return Number(pct[1]) / 100;
  if (/^thin/.test(pattern)) return 0.25;
  if (/Stripe$|Cross$/.test(pattern)) return 0.5;
  return undefined;
}

/** `share` of colour `over` laid on colour `under`, as the eye mixes a fine pattern. */
export function mix(over: string, under: string, share: number): string {
  return [0, 2, 4]
    .map((i) => {
      const a = Number.parseInt(over.slice(i, i + 2), 16);
      const b = Number.parseInt(under.slice(i, i + 2), 16);
      return Math.round(a * share + b * (1 - share))
        .toString(16)
        .padStart(2, '0')
        .toUpperCase();
    })
    .join('');
}
