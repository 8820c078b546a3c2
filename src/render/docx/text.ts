/** Runs and paragraph properties shared by the body, the 附件 and the 版记. */
import { LineRuleType, TextRun, type IParagraphOptions } from 'docx';
import type { FontRole } from '../../model/index.js';
import { roleFont, type DocxProfile } from './fonts.js';
import { bodyCharSpacing, LINE_PITCH, SIZE } from './geometry.js';

/** What every painter needs to know besides the block. */
export interface PaintContext {
  readonly profile: DocxProfile;
}

export interface RunStyle {
  readonly size?: number;
  readonly color?: string;
  /** Start the run on a new line (a `w:br` before its text). */
  readonly breakBefore?: boolean;
}

/**
 * A run of `text` in the role's fonts; 三号 black unless the style says otherwise. 三号 runs are
 * condensed a quarter point so that 28 of them fill the line (see grid.ts for why not the grid).
 */
export function textRun(ctx: PaintContext, text: string, role: FontRole, style: RunStyle = {}): TextRun {
  const size = style.size ?? SIZE.sanhao;
  return new TextRun({
    text,
    font: roleFont(ctx.profile, role),
    size,
    ...(size === SIZE.sanhao ? { characterSpacing: bodyCharSpacing() } : {}),
    ...(style.color ? { color: style.color } : {}),
    ...(style.breakBefore ? { break: 1 } : {}),
  });
}

/** Exact line spacing on the 28.95 pt grid, `before` given in whole lines. */
export function gridSpacing(linesBefore = 0): NonNullable<IParagraphOptions['spacing']> {
  return { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: linesBefore * LINE_PITCH, after: 0 };
}
