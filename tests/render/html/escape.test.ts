/** Everything the page prints is escaped, and a (county's) template cannot reach prototypes or print raw. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplateError } from '../../../src/render/layout/index.js';
import { renderHtml } from '../../../src/render/html/index.js';
import { fixture, portalPageOf, portalTemplate } from './page.js';

const page = portalPageOf(fixture('escape.yaml'));
const html = renderHtml(page, portalTemplate());

/** The tags the shipped template writes; anything else came from data. */
const TAGS = new Set([
  'a',
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'h1',
  'dl',
  'div',
  'dt',
  'dd',
  'time',
  'p',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
  'ul',
  'li',
  'footer',
  'code',
]);

describe('escaping', () => {
  it('escapes markup and quotes in item names, content, notes, the title and the issuer', () => {
    expect(html).toContain('<th scope="row" class="left">新增事项&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#x27;</th>');
    expect(html).toContain('<li>内容甲 &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</li><li>内容乙 &amp; 丙</li>');
    expect(html).toContain('<td class="left">备注 &quot;引号&quot; &amp; &#x27;single&#x27; &lt;/td&gt;</td>');
    const h1 = /<h1>(.*?)<\/h1>/.exec(html)?.[1] ?? '';
    expect(h1.replace(/<\/?span[^>]*>/g, '')).toBe('测试县义务教育领域基层政务公开标准目录&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<dd>测试县教育局 &quot;&amp;&#x27;</dd>');
  });

  it('lets no tag or attribute through from the data', () => {
    expect(html).not.toMatch(/<script|<img|onerror=/i);
    const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[1] ?? '').toLowerCase());
    expect(tags.filter((t) => !TAGS.has(t))).toEqual([]);
    const texts = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, '');
    expect(texts).not.toMatch(/["'<>]/);
  });

  it('escapes a county template that prints values its own way, too', () => {
    const out = renderHtml(page, '<p title="{{title}}">{{#each groups}}{{#each rows}}{{#each cells}}{{text}}|{{/each}}{{/each}}{{/each}}</p>');
    expect(out).toContain('title="测试县义务教育领域基层政务公开标准目录&lt;script&gt;');
    expect(out).toContain('新增事项&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#x27;|');
    expect(out).not.toContain('<script');
  });
});

describe('template isolation', () => {
  afterEach(() => vi.restoreAllMocks());

  const probes = [
    '{{constructor.name}}',
    '{{lookup this "__proto__"}}',
    '{{lookup this "constructor"}}',
    '{{title.constructor.name}}',
    '{{groups.constructor.name}}',
    '{{#with constructor}}[{{name}}]{{/with}}',
    '{{#with title.constructor}}{{#with (lookup this "prototype")}}[proto]{{/with}}{{/with}}',
    '{{#each groups}}{{#with (lookup this "__proto__")}}[proto]{{/with}}{{/each}}',
    '{{__proto__.toString}}{{__defineGetter__}}{{hasOwnProperty}}',
  ];

  it.each(probes)('%s reaches nothing', (probe) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(renderHtml(page, `<p>${probe}</p>`)).toBe('<p></p>\n');
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses raw output: {{{ }}} and {{& }}, naming the line', () => {
    expect(() => renderHtml(page, '<h1>{{title}}</h1>\n{{{title}}}')).toThrow(TemplateError);
    expect(() => renderHtml(page, '<h1>{{title}}</h1>\n{{{title}}}')).toThrow(/portal\.hbs.*第 2 行/);
    expect(() => renderHtml(page, '{{#each groups}}{{& name}}{{/each}}')).toThrow(/第 1 行/);
  });

  it('reports a broken template as a TemplateError', () => {
    expect(() => renderHtml(page, '{{#each groups}}')).toThrow(TemplateError);
    expect(() => renderHtml(page, '{{> missingPartial}}')).toThrow(TemplateError);
    expect(() => renderHtml(page, '{{noSuchHelper title}}')).toThrow(TemplateError);
  });

  it('does not share helpers with the global Handlebars instance', async () => {
    const { default: Handlebars } = await import('handlebars');
    Handlebars.registerHelper('leak', () => 'LEAKED');
    try {
      expect(() => renderHtml(page, '{{leak title}}')).toThrow(TemplateError);
    } finally {
      Handlebars.unregisterHelper('leak');
    }
  });
});
