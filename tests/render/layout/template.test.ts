import { describe, expect, it } from 'vitest';
import { layoutNotice, TemplateError } from '../../../src/render/layout/index.js';
import { paragraphBlocks, renderTemplate } from '../../../src/render/layout/template.js';
import { paragraphs } from './documents.js';
import { EXAMPLES, layoutInput } from './fixtures.js';

describe('paragraphBlocks', () => {
  it('splits on blank lines and joins the lines of a paragraph without spaces', () => {
    expect(paragraphBlocks('第一段\n  接着写。\r\n\r\n第二段。\n \n\n')).toEqual([
      { kind: 'paragraph', runs: [{ text: '第一段接着写。', role: 'fang' }] },
      { kind: 'paragraph', runs: [{ text: '第二段。', role: 'fang' }] },
    ]);
  });

  it('sets "一、" headings in 黑体 and "（一）" in 楷体, up to the first 。', () => {
    expect(
      paragraphBlocks('一、总体要求。要做好。\n\n（二）时间节点。10月底前。\n\n三、工作要求\n\n1.第一点。').map((b) => (b.kind === 'paragraph' ? b.runs : [])),
    ).toEqual([
      [
        { text: '一、总体要求。', role: 'hei' },
        { text: '要做好。', role: 'fang' },
      ],
      [
        { text: '（二）时间节点。', role: 'kai' },
        { text: '10月底前。', role: 'fang' },
      ],
      [{ text: '三、工作要求', role: 'hei' }],
      [{ text: '1.第一点。', role: 'fang' }],
    ]);
  });
});

describe('renderTemplate', () => {
  it('does not escape: the output is plain text each renderer escapes itself', () => {
    expect(renderTemplate('t', '{{a}}', { a: '<b>&"' })).toBe('<b>&"');
  });

  it('prints missing fields as nothing', () => {
    expect(renderTemplate('t', '[{{missing}}][{{a.b.c}}]', {})).toBe('[][]');
  });

  it('keeps templates away from prototypes', () => {
    expect(renderTemplate('t', '[{{constructor}}][{{title.constructor}}][{{__proto__}}][{{#with this}}{{constructor.name}}{{/with}}]', { title: 'x' })).toBe(
      '[][][][]',
    );
  });

  it('has no helpers beyond the built-in ones', () => {
    expect(() => renderTemplate('t', '{{join list "、"}}', { list: ['a'] })).toThrow(TemplateError);
  });

  it('names the template in a compile error', () => {
    expect(() => renderTemplate('notice', '{{#if}}', {})).toThrow(/模板 notice 有误/);
  });
});

describe('a county’s own template (--templates DIR)', () => {
  it('replaces the body text and nothing else', () => {
    const input = layoutInput(EXAMPLES.yuanyang ?? '');
    const doc = layoutNotice({
      ...input,
      templates: { ...input.templates, notice: '{{title}}共{{counts.items}}项。\n\n一、新增。{{#each added}}{{name}}{{/each}}' },
    });
    expect(paragraphs(doc)).toEqual(['原阳县义务教育领域基层政务公开标准目录共35项。', '一、新增。残疾儿童少年入学安置']);
    expect(doc.body[0]).toEqual({ kind: 'masthead', text: '原阳县教育局文件' });
  });
});
