/** What a browser shows of an element, from its attributes and inline style: hidden, display:none, invisible, zero-size or background-coloured text. */
import type { DefaultTreeAdapterMap } from 'parse5';
import { indistinct } from './docx-look.js';
import type { HiddenHow } from './grid.js';

type Element = DefaultTreeAdapterMap['element'];

/** The inherited state of an element: why it is hidden, its text colour and the background behind it. */
export interface HtmlLook {
  readonly hidden?: HiddenHow;
  readonly color?: string;
  readonly bg?: string;
}

const NAMED: Readonly<Record<string, string>> = {
  white: 'FFFFFF',
  black: '000000',
  snow: 'FFFAFA',
  ivory: 'FFFFF0',
  whitesmoke: 'F5F5F5',
  red: 'FF0000',
  blue: '0000FF',
  gray: '808080',
  grey: '808080',
  silver: 'C0C0C0',
  yellow: 'FFFF00',
};

/** A CSS colour as RGB hex (#fff, #ffffff, white, rgb(255,255,255)); 'transparent' for a fully transparent one. */
function colourOf(v: string | undefined): string | undefined {
  const s = v
    ?.trim()
    .toLowerCase()
    .replace(/\s*!important$/, '');
  if (!s) return undefined;
  if (s === 'transparent') return 'transparent';
  const h = /^#([0-9a-f]{3}|[0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(s)?.[1];
  if (h) return (h.length === 3 ? [...h].map((c) => c + c).join('') : h).toUpperCase();
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(s);
  if (rgb)
    return rgb[4] !== undefined && Number.parseFloat(rgb[4]) === 0
      ? 'transparent'
      : [rgb[1], rgb[2], rgb[3]]
          .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
          .join('')
          .toUpperCase();
  return NAMED[s];
}

function styleOf(el: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of (el.attrs.find((a) => a.name === 'style')?.value ?? '').split(';')) {
    const at = decl.indexOf(':');
    if (at > 0)
      out.set(
        decl.slice(0, at).trim().toLowerCase(),
        decl
          .slice(at + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return out;
}

/** A font size under 2 px (0, 0px, 0.1em, 1pt …). */
function tiny(v: string | undefined): boolean {
  const m = v === undefined ? null : /^([\d.]+)\s*(px|pt|em|rem|%|)/.exec(v);
  if (!m) return false;
  const n = Number.parseFloat(m[1] ?? '');
  const px = m[2] === 'pt' ? (n * 4) / 3 : m[2] === 'em' || m[2] === 'rem' ? n * 16 : m[2] === '%' ? n * 0.16 : n;
  return px < 2;
}

/** The look of `el` inside a parent of look `parent`. */
export function lookOf(el: Element, parent: HtmlLook): HtmlLook {
  const style = styleOf(el);
  const attr = (name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
  const bg = colourOf(style.get('background-color') ?? style.get('background')?.split(/\s+/)[0] ?? attr('bgcolor'));
  const color = colourOf(style.get('color') ?? (el.tagName === 'font' ? attr('color') : undefined));
  const display = style.get('display');
  const hidden: HiddenHow | undefined =
    parent.hidden ??
    (attr('hidden') !== undefined ||
    display?.startsWith('none') ||
    /^(hidden|collapse)/.test(style.get('visibility') ?? '') ||
    Number.parseFloat(style.get('opacity') ?? '1') === 0
      ? 'vanish'
      : undefined) ??
    (tiny(style.get('font-size')) ? 'tiny' : undefined) ??
    (['s', 'strike', 'del'].includes(el.tagName) || /line-through/.test(style.get('text-decoration') ?? style.get('text-decoration-line') ?? '')
      ? 'strike'
      : undefined);
  return {
    ...(hidden ? { hidden } : {}),
    ...((color ?? parent.color) ? { color: (color ?? parent.color) as string } : {}),
    ...(bg && bg !== 'transparent' ? { bg } : parent.bg ? { bg: parent.bg } : {}),
  };
}

/** Why text of this look is not seen, if it is not. */
export function textHiddenBy(look: HtmlLook): HiddenHow | undefined {
  if (look.hidden) return look.hidden;
  if (look.color === 'transparent') return 'colour';
  return look.color && indistinct(look.color, look.bg ?? 'FFFFFF') ? 'colour' : undefined;
}
