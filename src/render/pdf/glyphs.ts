/** Every text of a document checked against its role's font before drawing: a missing glyph is an error, never a blank. */
import type { FontRole, OfficialDocument } from '../../model/index.js';
import { findMissingGlyphs, type FontSet } from '../fonts/fonts.js';
import { pageNumberText } from './chrome.js';

/** Characters one font lacks, and where they are: 标题, 正文, 事项 <id>, 一级事项 <id>, 表头, 版记 … */
export interface MissingGlyphs {
  readonly chars: readonly string[];
  readonly role: FontRole;
  readonly where: string;
  /** The table row's item, when the text is in one. */
  readonly itemId?: string;
  /** The 一级事项, when the text is its name. */
  readonly categoryId?: string;
}

/** Thrown by renderPdf before anything is drawn, listing every missing character of the document. */
export class MissingGlyphError extends Error {
  constructor(readonly missing: readonly MissingGlyphs[]) {
    super(missing.map((m) => `字体中没有${m.chars.map((c) => `“${c}”`).join('')}（${m.where}）`).join('；'));
    this.name = 'MissingGlyphError';
  }
}

interface Text {
  readonly text: string;
  readonly role: FontRole;
  readonly where: string;
  readonly itemId?: string;
  readonly categoryId?: string;
}

function bodyTexts(doc: OfficialDocument): Text[] {
  return doc.body.flatMap((block): Text[] => {
    switch (block.kind) {
      case 'masthead':
        return [{ text: block.text, role: 'title', where: '发文机关标志' }];
      case 'docNumber':
        return [
          { text: `${block.number ?? ''}签发人：`, role: 'fang', where: '发文字号' },
          { text: block.signer ?? '', role: 'kai', where: '签发人' },
        ];
      case 'redLine':
        return [];
      case 'title':
        return [{ text: block.text, role: 'title', where: '标题' }];
      case 'recipients':
        return [{ text: block.text, role: 'fang', where: '主送机关' }];
      case 'paragraph':
        return block.runs.map((run) => ({ text: run.text, role: run.role, where: '正文' }));
      case 'attachmentNote':
        return [{ text: `${block.label}：1．${block.items.join('')}`, role: 'fang', where: '附件说明' }];
      case 'signature':
        return [{ text: block.issuer + block.date, role: 'fang', where: '署名和成文日期' }];
      case 'annotation':
        return [{ text: block.text, role: 'fang', where: '附注' }];
    }
  });
}

function attachmentTexts(doc: OfficialDocument): Text[] {
  const { label, title, table } = doc.attachment;
  return [
    { text: label, role: 'hei', where: '附件' },
    { text: title, role: 'title', where: '附件标题' },
    {
      text: table.header
        .flat()
        .map((h) => h.text)
        .join(''),
      role: 'hei',
      where: '表头',
    },
    ...table.groups.flatMap((group): Text[] => [
      { text: group.categoryName, role: 'fang', where: `一级事项 ${group.categoryId}`, categoryId: group.categoryId },
      ...group.rows.map(
        (row): Text => ({
          text: row.cells.flatMap((cell) => cell.lines).join(''),
          role: 'fang',
          where: `事项 ${row.itemId}`,
          itemId: row.itemId,
        }),
      ),
    ]),
  ];
}

function chromeTexts(doc: OfficialDocument): Text[] {
  const colophon = doc.colophon;
  const parts = colophon ? [colophon.copyTo ?? '', colophon.printedBy ?? '', colophon.printDate] : [];
  return [
    { text: parts.join(''), role: 'fang', where: '版记' },
    { text: pageNumberText(1234567890), role: 'song', where: '页码' },
  ];
}

/** Throws MissingGlyphError naming every character some role's font lacks, and where it occurs. */
export function assertGlyphs(doc: OfficialDocument, fonts: FontSet): void {
  const missing: MissingGlyphs[] = [];
  for (const { text, ...place } of [...bodyTexts(doc), ...attachmentTexts(doc), ...chromeTexts(doc)]) {
    const chars = findMissingGlyphs(fonts, place.role, text);
    if (chars.length > 0) missing.push({ chars, ...place });
  }
  if (missing.length > 0) throw new MissingGlyphError(missing);
}
