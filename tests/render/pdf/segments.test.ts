/** Run lines of the body: a role's narrow full-width punctuation is drawn in the body font the line was measured in. */
import { describe, expect, it } from 'vitest';
import { openDocument } from '../../../src/render/pdf/document.js';
import { PORTRAIT_FRAME } from '../../../src/render/pdf/geometry.js';
import { breakRuns } from '../../../src/render/pdf/text.js';
import { example } from './fixtures.js';

describe('breakRuns', () => {
  const ex = example('catalogues/fengqiu.yaml');
  const { ctx } = openDocument(ex.filing.info, ex.options);

  it('draws the curly quotes of a 楷体 heading in the body font (LXGW WenKai sets them half width)', () => {
    const heading = '（一）未列入二级事项“民办学校日常监督信息”。';
    const [line] = breakRuns(
      ctx,
      [
        { text: heading, role: 'kai' },
        { text: '理由：本县无民办义务教育学校。', role: 'fang' },
      ],
      2,
      PORTRAIT_FRAME.width,
    );
    const segments = line?.segments ?? [];
    expect(
      segments
        .map((s) => s.text)
        .join('')
        .startsWith(heading),
    ).toBe(true);
    const roleOf = (char: string) => segments.find((s) => s.text.includes(char))?.role;
    expect(roleOf('“')).toBe('fang');
    expect(roleOf('”')).toBe('fang');
    expect(roleOf('未')).toBe('kai');
    expect(segments[0]?.role).toBe('kai');
  });

  it('leaves a line of one role in one segment when its font sets every character full width', () => {
    const [line] = breakRuns(ctx, [{ text: '一、基本情况。', role: 'hei' }], 2, PORTRAIT_FRAME.width);
    expect(line?.segments).toEqual([{ text: '一、基本情况。', role: 'hei' }]);
  });
});
