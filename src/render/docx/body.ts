/** The blocks of the 公文 body (版头 to 附注) as Word paragraphs, placed as GB/T 9704 §7.2–7.3 says. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TabStopType } from 'docx';
import type { Block } from '../../model/index.js';
import { BORDER, CHAR, LINE_PITCH, MASTHEAD_OFFSET, PORTRAIT_TEXT_WIDTH, RED_LINE_SPACE_PT, SIZE, textWidthInChars } from './geometry.js';
import { PARAGRAPH_INDENT_CHARS } from '../typeset/gbt9704.js';
import { signatureParagraphs } from './signature.js';
import { gridSpacing, textRun, type PaintContext } from './text.js';

/** GB/T 9704 [7.2.4, 7.2.7]: 红色. */
const RED = 'FF0000';

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;

/** The masthead's exact line, a little over its glyphs' height, in sizes; twips in a half-point. */
const MASTHEAD_LINE_HEIGHT = 1.2;
const TWIPS_PER_HALF_POINT = 10;

/** Twips in a point; a border's width is given in eighths of a point. */
const TWIPS_PER_PT = 20;
const EIGHTHS_PER_PT = 8;
/** How much the red line adds under its paragraph: its distance from the text and its width (240 twips). */
export const RED_LINE_EXTENT = RED_LINE_SPACE_PT * TWIPS_PER_PT + (BORDER.redLine / EIGHTHS_PER_PT) * TWIPS_PER_PT;

const redBorder = { bottom: { style: BorderStyle.SINGLE, size: BORDER.redLine, color: RED, space: RED_LINE_SPACE_PT } };

/** 发文机关标志: 小初 at most, smaller when a long issuer would not fit on one line. */
export function mastheadSize(text: string): number {
  const fit = Math.floor(PORTRAIT_TEXT_WIDTH / TWIPS_PER_HALF_POINT / Math.max(1, textWidthInChars(text)));
  return Math.max(SIZE.erhao, Math.min(SIZE.xiaochu, fit));
}

/**
 * The masthead's exact line, a little over the glyph height, so the 35 mm offset is measured from the top of
 * the line; the space after it ends on a grid line, as in the PDF, so the lines below keep the 22-line grid.
 */
export function mastheadSpacing(size: number): { before: number; after: number; line: number } {
  const line = Math.round(size * TWIPS_PER_HALF_POINT * MASTHEAD_LINE_HEIGHT);
  const rows = Math.ceil((MASTHEAD_OFFSET + line) / LINE_PITCH);
  return { before: MASTHEAD_OFFSET, line, after: rows * LINE_PITCH - MASTHEAD_OFFSET - line };
}

function masthead(ctx: PaintContext, block: BlockOf<'masthead'>): Paragraph {
  const size = mastheadSize(block.text);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...mastheadSpacing(size), lineRule: LineRuleType.EXACT },
    children: [textRun(ctx, block.text, 'title', { size, color: RED })],
  });
}

/** 发文字号 two lines under the masthead [7.2.5]; 上行文 adds 签发人 (仿宋 label, 楷体 name) on the right [7.2.6]. */
function docNumber(ctx: PaintContext, block: BlockOf<'docNumber'>, underlined: boolean): Paragraph {
  const border = underlined ? { border: redBorder } : {};
  if (block.align === 'center') {
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: gridSpacing(2),
      ...border,
      children: block.number ? [textRun(ctx, block.number, 'fang')] : [],
    });
  }
  const signer = block.signer ? [textRun(ctx, '\t签发人：', 'fang'), textRun(ctx, block.signer, 'kai')] : [];
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: gridSpacing(2),
    ...border,
    indent: { left: CHAR, right: CHAR },
    tabStops: [{ type: TabStopType.RIGHT, position: PORTRAIT_TEXT_WIDTH - CHAR }],
    children: [...(block.number ? [textRun(ctx, block.number, 'fang')] : []), ...signer],
  });
}

/** A red line on its own, for a 版头 without a 发文字号 line above it. */
function redLine(): Paragraph {
  return new Paragraph({ spacing: gridSpacing(), border: redBorder, children: [] });
}

/**
 * 标题 two lines under the red line [7.3.1]: one paragraph, the balanced lines separated by breaks. The red
 * line's border adds RED_LINE_EXTENT under the paragraph above; the title's space before gives it back, so
 * the title and all that follows stand on the grid lines the PDF uses (else page 1 holds a line less).
 */
function title(ctx: PaintContext, block: BlockOf<'title'>, underRedLine: boolean): Paragraph {
  const lines = block.lines.length > 0 ? block.lines : [block.text];
  const spacing = gridSpacing(2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: underRedLine ? { ...spacing, before: 2 * LINE_PITCH - RED_LINE_EXTENT } : spacing,
    children: lines.map((line, i) => textRun(ctx, line, 'title', { size: SIZE.erhao, breakBefore: i > 0 })),
  });
}

/** 主送机关 one line under the title, flush left [7.3.2]. */
function recipients(ctx: PaintContext, block: BlockOf<'recipients'>): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: gridSpacing(1),
    children: [textRun(ctx, block.text, 'fang')],
  });
}

/**
 * 正文: first line two characters in, justified, on the grid [7.3.3]. The last one is kept with the 附件说明
 * and 署名 that follow, so Word carries its last lines over with them (widow control: at least two) [7.3.5.5].
 */
function paragraph(ctx: PaintContext, block: BlockOf<'paragraph'>, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: gridSpacing(),
    indent: { firstLine: PARAGRAPH_INDENT_CHARS * CHAR },
    widowControl: true,
    ...(keepNext ? { keepNext: true } : {}),
    children: block.runs.map((run) => textRun(ctx, run.text, run.role)),
  });
}

/** 附件说明 one line under the text, two characters in; wrapped lines align after "附件：" [7.3.4]. */
function attachmentNote(ctx: PaintContext, block: BlockOf<'attachmentNote'>): Paragraph[] {
  const label = `${block.label}：`;
  const hang = textWidthInChars(label) * CHAR;
  const numbered = block.items.length > 1;
  return block.items.map((item, i) => {
    const text = numbered ? `${i + 1}．${item}` : item;
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: gridSpacing(i === 0 ? 1 : 0),
      keepNext: true,
      keepLines: true,
      indent: { left: 2 * CHAR + hang, ...(i === 0 ? { hanging: hang } : {}) },
      children: [textRun(ctx, i === 0 ? `${label}${text}` : text, 'fang')],
    });
  });
}

/** 附注 on the line under the 成文日期, two characters in [7.3.6]. */
function annotation(ctx: PaintContext, block: BlockOf<'annotation'>): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: gridSpacing(),
    indent: { firstLine: 2 * CHAR },
    children: [textRun(ctx, block.text, 'fang')],
  });
}

function paintBlock(ctx: PaintContext, block: Block, next: Block | undefined, previous: Block | undefined): Paragraph[] {
  switch (block.kind) {
    case 'masthead':
      return [masthead(ctx, block)];
    case 'docNumber':
      return [docNumber(ctx, block, next?.kind === 'redLine')];
    case 'redLine':
      return [];
    case 'title':
      return [title(ctx, block, previous?.kind === 'redLine')];
    case 'recipients':
      return [recipients(ctx, block)];
    case 'paragraph':
      return [paragraph(ctx, block, next?.kind === 'attachmentNote' || next?.kind === 'signature')];
    case 'attachmentNote':
      return attachmentNote(ctx, block);
    case 'signature':
      return signatureParagraphs(ctx, block, next?.kind === 'annotation');
    case 'annotation':
      return [annotation(ctx, block)];
  }
}

/** Every body block in order; a red line under the 发文字号 is that paragraph's bottom border. */
export function bodyParagraphs(ctx: PaintContext, blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((block, i) => {
    const previous = blocks[i - 1];
    if (block.kind === 'redLine' && previous?.kind !== 'docNumber') return [redLine()];
    return paintBlock(ctx, block, blocks[i + 1], previous);
  });
}
