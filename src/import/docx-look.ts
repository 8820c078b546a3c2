/** What Word shows of a run: effective run properties (defaults, paragraph and character styles, direct formatting) and whether they hide it. */
import type { HiddenHow } from './grid.js';
import type { XElement } from './xml-tree.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const isW = (el: XElement, local: string): boolean => el.uri === W && el.local === local;
export const child = (el: XElement | undefined, local: string): XElement | undefined => el?.children.find((c) => isW(c, local));
export const val = (el: XElement | undefined): string | undefined => el?.attrs[`{${W}}val`];
const attr = (el: XElement | undefined, name: string): string | undefined => el?.attrs[`{${W}}${name}`];

/** The run properties that decide whether a reader sees it. */
interface Look {
  readonly vanish?: boolean;
  readonly color?: string;
  readonly sz?: number;
  readonly fill?: string;
  /** Character scale (w:w, per cent), spacing (w:spacing, twips), and the width text is fitted into (w:fitText, twips). */
  readonly scale?: number;
  readonly spacing?: number;
  readonly fit?: number;
  /** Right-to-left (w:rtl): Word shows the characters in reverse order (政府网站 as 站网府政). */
  readonly rtl?: boolean;
  /** Struck through (w:strike, w:dstrike): shown, but crossed out. */
  readonly strike?: boolean;
}

/** A toggle property: present means on, unless w:val says 0/false/off. */
const toggle = (el: XElement | undefined): boolean | undefined => (el ? !['0', 'false', 'off'].includes(val(el) ?? 'true') : undefined);

const HIGHLIGHT: Readonly<Record<string, string>> = {
  white: 'FFFFFF',
  black: '000000',
  yellow: 'FFFF00',
  green: '00FF00',
  cyan: '00FFFF',
  magenta: 'FF00FF',
  blue: '0000FF',
  red: 'FF0000',
  lightGray: 'C0C0C0',
  darkGray: '808080',
  darkBlue: '000080',
  darkCyan: '008080',
  darkGreen: '008000',
  darkMagenta: '800080',
  darkRed: '800000',
  darkYellow: '808000',
};

/**
 * A theme colour as Word paints it with the stock themes: background/light 1 is white, text/dark 1 black (the
 * colours a hider needs); w:themeShade darkens, w:themeTint lightens (hex 00–FF). Other theme colours: undefined.
 */
function themeColour(el: XElement | undefined, name: string): string | undefined {
  const theme = attr(el, name);
  const base = theme === undefined ? undefined : /^(background1|light1|bg1|lt1)$/i.test(theme) ? 255 : /^(text1|dark1|tx1|dk1)$/i.test(theme) ? 0 : undefined;
  if (base === undefined) return undefined;
  const shade = Number.parseInt(attr(el, name === 'themeFill' ? 'themeFillShade' : 'themeShade') ?? 'FF', 16);
  const tint = Number.parseInt(attr(el, name === 'themeFill' ? 'themeFillTint' : 'themeTint') ?? 'FF', 16);
  let v = base * ((Number.isFinite(shade) ? shade : 255) / 255);
  v += (255 - v) * (1 - (Number.isFinite(tint) ? tint : 255) / 255);
  const h = Math.round(v).toString(16).padStart(2, '0').toUpperCase();
  return h.repeat(3);
}

/** The colour a w:shd paints: the pattern colour for a solid pattern, else the fill (theme fills too); undefined for none/auto. */
export function shadeOf(shd: XElement | undefined): string | undefined {
  if (!shd) return undefined;
  const colour = attr(shd, 'color');
  if (val(shd) === 'solid' && colour && colour !== 'auto') return colour.toUpperCase();
  if (val(shd) === 'nil') return undefined;
  const theme = themeColour(shd, 'themeFill');
  if (theme) return theme;
  const fill = attr(shd, 'fill');
  return fill && fill !== 'auto' ? fill.toUpperCase() : undefined;
}

function lookOf(rPr: XElement | undefined): Look {
  if (!rPr) return {};
  const toggles = ['vanish', 'specVanish', 'webHidden'].map((n) => toggle(child(rPr, n))).filter((v) => v !== undefined);
  const vanish = toggles.length > 0 ? toggles.some(Boolean) : undefined;
  const strikes = ['strike', 'dstrike'].map((n) => toggle(child(rPr, n))).filter((v) => v !== undefined);
  const strike = strikes.length > 0 ? strikes.some(Boolean) : undefined;
  const rtl = toggle(child(rPr, 'rtl'));
  // Word paints w:themeColor over w:val: val="000000" themeColor="background1" is white.
  const color = themeColour(child(rPr, 'color'), 'themeColor') ?? val(child(rPr, 'color'));
  const scale = Number(val(child(rPr, 'w')));
  const spacing = Number(val(child(rPr, 'spacing')));
  const fit = Number(val(child(rPr, 'fitText')));
  const sz = Number(val(child(rPr, 'sz')));
  const highlight = val(child(rPr, 'highlight'));
  const fill = shadeOf(child(rPr, 'shd')) ?? (highlight ? HIGHLIGHT[highlight] : undefined);
  return {
    ...(vanish !== undefined ? { vanish } : {}),
    ...(color ? { color: color.toUpperCase() } : {}),
    ...(Number.isFinite(sz) && child(rPr, 'sz') ? { sz } : {}),
    ...(fill ? { fill } : {}),
    ...(child(rPr, 'w') && Number.isFinite(scale) ? { scale } : {}),
    ...(child(rPr, 'spacing') && Number.isFinite(spacing) ? { spacing } : {}),
    ...(child(rPr, 'fitText') && Number.isFinite(fit) ? { fit } : {}),
    ...(strike !== undefined ? { strike } : {}),
    ...(rtl !== undefined ? { rtl } : {}),
  };
}

/** Styles of styles.xml with their basedOn chains, and the document defaults. */
export class DocxLooks {
  private readonly styles = new Map<string, XElement>();
  private readonly defaults: Look;
  private readonly defaultParagraph?: string;

  constructor(styles: XElement | undefined) {
    const root = styles?.children.find((c) => isW(c, 'styles'));
    for (const s of root?.children.filter((c) => isW(c, 'style')) ?? []) {
      const id = attr(s, 'styleId');
      if (id) this.styles.set(id, s);
      if (attr(s, 'type') === 'paragraph' && ['1', 'true'].includes(attr(s, 'default') ?? '') && id) this.defaultParagraph = id;
    }
    this.defaults = lookOf(child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr'));
  }

  private styleLook(id: string | undefined, depth = 0): Look {
    const style = id === undefined ? undefined : this.styles.get(id);
    if (!style || depth > 16) return {};
    return { ...this.styleLook(val(child(style, 'basedOn')), depth + 1), ...lookOf(child(style, 'rPr')) };
  }

  /** The effective look of a run with properties `rPr` in a paragraph of style `pStyle`. */
  look(rPr: XElement | undefined, pStyle: string | undefined): Look {
    return { ...this.defaults, ...this.styleLook(pStyle ?? this.defaultParagraph), ...this.styleLook(val(child(rPr, 'rStyle'))), ...lookOf(rPr) };
  }
}

const rgb = (hex: string): number[] | undefined => (/^[0-9A-F]{6}$/.test(hex) ? [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) : undefined);

/** Two colours a reader cannot tell apart (each channel within 24 of 255). */
export function sameColour(a: string, b: string): boolean {
  const x = rgb(a.toUpperCase());
  const y = rgb(b.toUpperCase());
  return x !== undefined && y !== undefined && x.every((v, i) => Math.abs(v - (y[i] ?? 0)) <= 24);
}

/** Why a run of this look on `background` (the paragraph's or cell's shading, else white) is not seen, if it is not. */
export function hiddenBy(look: Look, background: string | undefined): HiddenHow | undefined {
  if (look.vanish) return 'vanish';
  if (look.strike) return 'strike';
  if (look.rtl) return 'bidi';
  if (look.sz !== undefined && look.sz < 8) return 'tiny';
  // Squeezed to nothing: a character scale under 20 %, spacing that pulls each character back over most of its width
  // (a CJK character is about as wide as the type size: w:sz half-points × 10 twips), text fitted into under 3 pt.
  if (look.scale !== undefined && look.scale < 20) return 'tiny';
  if (look.spacing !== undefined && look.spacing <= -(look.sz ?? 21) * 8) return 'tiny';
  if (look.fit !== undefined && look.fit < 60) return 'tiny';
  if (look.color && look.color !== 'AUTO' && sameColour(look.color, look.fill ?? background ?? 'FFFFFF')) return 'colour';
  return undefined;
}
