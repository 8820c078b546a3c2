/** What Word shows of a run: effective run properties (defaults, paragraph and character styles, direct formatting) and whether they hide it. */
import type { HiddenHow } from './grid.js';
import { mix, patternShare, themed, themePalette, type Palette } from './docx-theme.js';
import { tableStyleLayers, type CellPlace } from './docx-table-style.js';
import type { XElement } from './xml-tree.js';

const STOCK_PALETTE = themePalette(undefined, undefined);

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
  /** The highlight colour (w:highlight), when the run's fill is its highlight. */
  readonly highlight?: string;
  /** Character scale (w:w, per cent), spacing (w:spacing, twips), and the width text is fitted into (w:fitText, twips). */
  readonly scale?: number;
  readonly spacing?: number;
  readonly fit?: number;
  /** Raised or lowered (w:position, half-points). */
  readonly position?: number;
  /** Right-to-left (w:rtl): Word shows the characters in reverse order (政府网站 as 站网府政). */
  readonly rtl?: boolean;
  /** Embossed or engraved (w:emboss, w:imprint): drawn as white letters with a thin shadow. */
  readonly relief?: boolean;
  /** Struck through (w:strike, w:dstrike): shown, but crossed out. */
  readonly strike?: boolean;
  /** The fonts of w:rFonts (ascii, hAnsi, eastAsia, cs) the run names. */
  readonly fonts?: readonly string[];
}

/**
 * Symbol fonts: they draw their own pictures for ordinary characters (Wingdings ü is a tick, þ a ticked box, Symbol Ö
 * a radical sign), and draw a real √ as something else or not at all. What shows is not what the file stores.
 */
export const symbolFont = (name: string | undefined): boolean =>
  name !== undefined && /^(?:wingdings(?:\s*[23])?|webdings|symbol|marlett|mt extra|zapf ?dingbats|itc zapf dingbats|opensymbol)$/i.test(name.trim());

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

/** A theme colour of `el` (w:themeColor or w:themeFill, with its shade and tint), undefined when it names none. */
function themeColour(el: XElement | undefined, name: string, palette: Palette): string | undefined {
  const fill = name === 'themeFill';
  return themed(palette, attr(el, name), attr(el, fill ? 'themeFillShade' : 'themeShade'), attr(el, fill ? 'themeFillTint' : 'themeTint'));
}

/**
 * The colour a w:shd paints: the fill (theme fills too) with the pattern colour laid over it in the pattern's share
 * (solid all of it, pct50 half: black pct90 on white is near black); undefined for none/auto.
 */
function shadeOf(shd: XElement | undefined, palette: Palette = STOCK_PALETTE): string | undefined {
  if (!shd || val(shd) === 'nil') return undefined;
  const rawFill = attr(shd, 'fill');
  const fill = themeColour(shd, 'themeFill', palette) ?? (rawFill && rawFill !== 'auto' ? rawFill.toUpperCase() : undefined);
  const rawColour = attr(shd, 'color');
  // An automatic pattern colour is black.
  const colour = themeColour(shd, 'themeColor', palette) ?? (rawColour && rawColour !== 'auto' ? rawColour.toUpperCase() : '000000');
  const share = patternShare(val(shd) ?? 'clear');
  if (share === undefined || share === 0 || !/^[0-9A-F]{6}$/.test(colour)) return fill;
  if (share === 1 && rawColour === 'auto' && !attr(shd, 'themeColor')) return fill;
  return mix(colour, fill && /^[0-9A-F]{6}$/.test(fill) ? fill : 'FFFFFF', share);
}

function lookOf(rPr: XElement | undefined, palette: Palette): Look {
  if (!rPr) return {};
  const toggles = ['vanish', 'specVanish', 'webHidden'].map((n) => toggle(child(rPr, n))).filter((v) => v !== undefined);
  const vanish = toggles.length > 0 ? toggles.some(Boolean) : undefined;
  const strikes = ['strike', 'dstrike'].map((n) => toggle(child(rPr, n))).filter((v) => v !== undefined);
  const strike = strikes.length > 0 ? strikes.some(Boolean) : undefined;
  const rtl = toggle(child(rPr, 'rtl'));
  const reliefs = ['emboss', 'imprint'].map((n) => toggle(child(rPr, n))).filter((v) => v !== undefined);
  const relief = reliefs.length > 0 ? reliefs.some(Boolean) : undefined;
  // Word paints w:themeColor over w:val: val="000000" themeColor="background1" is white.
  const color = themeColour(child(rPr, 'color'), 'themeColor', palette) ?? val(child(rPr, 'color'));
  const scale = Number(val(child(rPr, 'w')));
  const spacing = Number(val(child(rPr, 'spacing')));
  const fit = Number(val(child(rPr, 'fitText')));
  const sz = Number(val(child(rPr, 'sz')));
  const position = Number(val(child(rPr, 'position')));
  const highlight = val(child(rPr, 'highlight'));
  const rFonts = child(rPr, 'rFonts');
  const fonts = ['ascii', 'hAnsi', 'eastAsia', 'cs'].map((n) => attr(rFonts, n)).filter((f) => f !== undefined);
  const shaded = shadeOf(child(rPr, 'shd'), palette);
  const marked = highlight ? HIGHLIGHT[highlight] : undefined;
  const fill = shaded ?? marked;
  return {
    ...(vanish !== undefined ? { vanish } : {}),
    ...(color ? { color: color.toUpperCase() } : {}),
    ...(Number.isFinite(sz) && child(rPr, 'sz') ? { sz } : {}),
    ...(fill ? { fill } : {}),
    ...(fill !== undefined ? { highlight: shaded === undefined ? marked : undefined } : {}),
    ...(child(rPr, 'w') && Number.isFinite(scale) ? { scale } : {}),
    ...(child(rPr, 'spacing') && Number.isFinite(spacing) ? { spacing } : {}),
    ...(child(rPr, 'fitText') && Number.isFinite(fit) ? { fit } : {}),
    ...(strike !== undefined ? { strike } : {}),
    ...(child(rPr, 'position') && Number.isFinite(position) ? { position } : {}),
    ...(rtl !== undefined ? { rtl } : {}),
    ...(relief !== undefined ? { relief } : {}),
    ...(fonts.length > 0 ? { fonts } : {}),
  };
}

/** Styles of styles.xml with their basedOn chains, the document defaults, and the theme colours. */
export class DocxLooks {
  private readonly styles = new Map<string, XElement>();
  private readonly defaults: Look;
  private readonly defaultParagraph?: string;
  private readonly defaultTable?: string;
  private readonly palette: Palette;

  private readonly pPrDefault?: XElement;
  /** numbering.xml: w:num by id and w:abstractNum by id. */
  private readonly nums = new Map<string, XElement>();
  private readonly abstracts = new Map<string, XElement>();

  constructor(styles: XElement | undefined, palette: Palette = STOCK_PALETTE, numbering?: XElement) {
    this.palette = palette;
    const numRoot = numbering?.children.find((c) => isW(c, 'numbering'));
    for (const n of numRoot?.children ?? []) {
      if (isW(n, 'num') && attr(n, 'numId') !== undefined) this.nums.set(attr(n, 'numId') as string, n);
      if (isW(n, 'abstractNum') && attr(n, 'abstractNumId') !== undefined) this.abstracts.set(attr(n, 'abstractNumId') as string, n);
    }
    const root = styles?.children.find((c) => isW(c, 'styles'));
    for (const s of root?.children.filter((c) => isW(c, 'style')) ?? []) {
      const id = attr(s, 'styleId');
      if (id) this.styles.set(id, s);
      const isDefault = ['1', 'true'].includes(attr(s, 'default') ?? '');
      if (attr(s, 'type') === 'paragraph' && isDefault && id) this.defaultParagraph = id;
      if (attr(s, 'type') === 'table' && isDefault && id) this.defaultTable = id;
    }
    this.defaults = lookOf(child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr'), palette);
    const pPrDefault = child(child(child(root, 'docDefaults'), 'pPrDefault'), 'pPr');
    if (pPrDefault) this.pPrDefault = pPrDefault;
  }

  /** The same looks without list numbering (to read a paragraph's own text once its list label is taken). */
  withoutLists(): DocxLooks {
    const copy = Object.create(DocxLooks.prototype) as DocxLooks;
    Object.assign(copy, this, { nums: new Map(), abstracts: this.abstracts });
    return copy;
  }

  /** The paragraph properties of a paragraph style and the styles it is based on, strongest first. */
  private stylePPrs(id: string | undefined, depth = 0): XElement[] {
    const style = id === undefined ? undefined : this.styles.get(id);
    if (!style || depth > 16) return [];
    const own = child(style, 'pPr');
    return [...(own ? [own] : []), ...this.stylePPrs(val(child(style, 'basedOn')), depth + 1)];
  }

  /**
   * The list level a paragraph is numbered with (w:numPr, direct or from its style): the w:lvl of its w:num's
   * override, else of the abstract numbering. Word draws the level's text (w:lvlText) before the paragraph.
   */
  listLevel(pPr: XElement | undefined): XElement | undefined {
    const numPr = [pPr, ...this.stylePPrs(val(child(pPr, 'pStyle')) ?? this.defaultParagraph)].map((x) => child(x, 'numPr')).find((x) => x !== undefined);
    const numId = val(child(numPr, 'numId'));
    const ilvl = val(child(numPr, 'ilvl')) ?? '0';
    const num = numId === undefined || numId === '0' ? undefined : this.nums.get(numId);
    if (!num) return undefined;
    const level = (el: XElement | undefined): XElement | undefined => el?.children.find((c) => isW(c, 'lvl') && attr(c, 'ilvl') === ilvl);
    const override = num.children.find((c) => isW(c, 'lvlOverride') && attr(c, 'ilvl') === ilvl);
    return level(override) ?? level(this.abstracts.get(val(child(num, 'abstractNumId')) ?? ''));
  }

  /**
   * The indents (w:ind attributes, twips) a paragraph gets: document defaults, its paragraph style's chain (or the
   * default paragraph style), its list level, then its own w:ind — each layer replacing the attributes it sets (left
   * and start are one, firstLine and hanging exclude each other).
   */
  indent(pPr: XElement | undefined): Record<string, number> {
    const layers = [this.pPrDefault, ...this.stylePPrs(val(child(pPr, 'pStyle')) ?? this.defaultParagraph).reverse(), child(this.listLevel(pPr), 'pPr'), pPr];
    const out: Record<string, number> = {};
    const GROUPS = [
      ['left', 'start'],
      ['right', 'end'],
      ['firstLine', 'hanging'],
    ];
    for (const ind of layers.map((l) => child(l, 'ind'))) {
      if (!ind) continue;
      for (const group of GROUPS) {
        const set = group.filter((n) => attr(ind, n) !== undefined && Number.isFinite(Number(attr(ind, n))));
        if (set.length === 0) continue;
        for (const n of group) delete out[n];
        for (const n of set) out[n] = Number(attr(ind, n));
      }
    }
    return out;
  }

  private styleLook(id: string | undefined, depth = 0): Look {
    const style = id === undefined ? undefined : this.styles.get(id);
    if (!style || depth > 16) return {};
    return { ...this.styleLook(val(child(style, 'basedOn')), depth + 1), ...lookOf(child(style, 'rPr'), this.palette) };
  }

  /** The effective look of a run with properties `rPr` in a paragraph of style `pStyle`, in a cell its table style gives `table`. */
  look(rPr: XElement | undefined, pStyle: string | undefined, table: readonly XElement[] = []): Look {
    const fromTable = table.reduce<Look>((l, t) => ({ ...l, ...lookOf(t, this.palette) }), {});
    return {
      ...this.defaults,
      ...fromTable,
      ...this.styleLook(pStyle ?? this.defaultParagraph),
      ...this.styleLook(val(child(rPr, 'rStyle'))),
      ...lookOf(rPr, this.palette),
    };
  }

  /** The page colour of w:background (w:color, or its theme colour), if any. */
  pageColour(background: XElement | undefined): string | undefined {
    const colour = themeColour(background, 'themeColor', this.palette) ?? attr(background, 'color');
    return colour && /^[0-9A-Fa-f]{6}$/.test(colour) ? colour.toUpperCase() : undefined;
  }

  /** The colour a w:shd paints with this document's theme. */
  shade(shd: XElement | undefined): string | undefined {
    return shadeOf(shd, this.palette);
  }

  /** What the table's style (w:tblStyle, else the default table style) gives the cell at `place`: run properties and shading. */
  cellStyle(tblPr: XElement | undefined, place: CellPlace): { rPr: XElement[]; fill?: string } {
    const layers = tableStyleLayers((id) => this.styles.get(id), val(child(tblPr, 'tblStyle')) ?? this.defaultTable, child(tblPr, 'tblLook'), place);
    const shd = layers.map((l) => l.shd).filter((x) => x !== undefined);
    const fill = this.shade(shd[shd.length - 1]);
    return { rPr: layers.map((l) => l.rPr).filter((x) => x !== undefined), ...(fill ? { fill } : {}) };
  }
}

const rgb = (hex: string): number[] | undefined => (/^[0-9A-F]{6}$/.test(hex) ? [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) : undefined);

/** Relative luminance (WCAG 2): each channel linearised from sRGB, weighted 0.2126 / 0.7152 / 0.0722. */
function luminance(c: readonly number[]): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours (1 the same, 21 black on white); undefined when either is not RGB hex. */
function contrast(a: string, b: string): number | undefined {
  const x = rgb(a.toUpperCase());
  const y = rgb(b.toUpperCase());
  if (x === undefined || y === undefined) return undefined;
  const [hi, lo] = [luminance(x), luminance(y)].sort((m, n) => n - m) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Text a reader cannot tell from its background: a contrast ratio under 1.5 (#333333 on near-black pct90 shading,
 * #2A2A2A on black, #E0E0E0 or yellow on white). Per channel closeness missed dark grey on black; WCAG asks 4.5 for
 * body text, so anything under 1.5 is far past unreadable while grey and coloured headers stay well above it.
 */
export function indistinct(a: string, b: string): boolean {
  const ratio = contrast(a, b);
  return ratio !== undefined && ratio < 1.5;
}

/** Why a run of this look on `background` (the paragraph's or cell's shading, else white) is not seen, if it is not. */
export function hiddenBy(look: Look, background: string | undefined): HiddenHow | undefined {
  if (look.vanish) return 'vanish';
  if (look.strike) return 'strike';
  if (look.rtl) return 'bidi';
  if (look.fonts?.some(symbolFont)) return 'symbol';
  // Embossed or engraved: LibreOffice paints the letters white (a thin grey edge on white paper), Word white with a
  // shadow — on a light cell next to unreadable, whatever colour the run names.
  if (look.relief && indistinct('FFFFFF', look.fill ?? background ?? 'FFFFFF')) return 'colour';
  if (look.sz !== undefined && look.sz < 8) return 'tiny';
  // Raised or lowered by its own height or more (w:position −200 on 10.5 pt type): drawn on another line, in the
  // row below or above, or outside the table — not where it is read.
  if (look.position !== undefined && Math.abs(look.position) >= (look.sz ?? 21)) return 'moved';
  // Squeezed to nothing: a character scale under 20 %, spacing that pulls each character back over most of its width
  // (a CJK character is about as wide as the type size: w:sz half-points × 10 twips), text fitted into under 3 pt.
  if (look.scale !== undefined && look.scale < 20) return 'tiny';
  if (look.spacing !== undefined && look.spacing <= -(look.sz ?? 21) * 8) return 'tiny';
  if (look.fit !== undefined && look.fit < 60) return 'tiny';
  // Automatic text: Word and LibreOffice paint it white on dark shading (cell, paragraph or run w:shd), so it shows;
  // LibreOffice does not do so for a highlight (w:highlight black: black on black), so there it is black.
  if (look.color === undefined || look.color === 'AUTO') {
    return look.highlight !== undefined && look.fill === look.highlight && indistinct('000000', look.highlight) ? 'colour' : undefined;
  }
  if (indistinct(look.color, look.fill ?? background ?? 'FFFFFF')) return 'colour';
  return undefined;
}
