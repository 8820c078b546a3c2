/** Run a body template (handlebars, plain text) and cut its output into paragraph blocks with heading runs. */
import Handlebars from 'handlebars';
import type { Block, Run } from '../../model/index.js';

/** A body template that does not compile or run: the message names the template. */
export class TemplateError extends Error {
  constructor(
    readonly template: string,
    cause: unknown,
  ) {
    super(`模板 ${template} 有误：${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'TemplateError';
  }
}

/**
 * Render `text` with `context`. An isolated instance with only the built-in helpers; output is plain
 * text (each renderer escapes for its format), and the default prototype-access protection stays on.
 */
export function renderTemplate(name: string, text: string, context: object): string {
  try {
    // Prototype access denied explicitly: also keeps handlebars from logging when a template tries it.
    return compiledTemplate(text)(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (e) {
    throw new TemplateError(name, e);
  }
}

/** Compiled once per process per template text (a server builds many counties from the same two templates). */
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function compiledTemplate(text: string): Handlebars.TemplateDelegate {
  let template = compiled.get(text);
  if (!template) {
    template = Handlebars.create().compile(text, { strict: false, noEscape: true });
    compiled.set(text, template);
  }
  return template;
}

/** 一级层次 "一、" is set in 黑体, 二级 "（一）" in 楷体; only the heading up to the first 。 */
const HEADINGS: readonly (readonly [RegExp, Run['role']])[] = [
  [/^[一二三四五六七八九十]+、/, 'hei'],
  [/^（[一二三四五六七八九十]+）/, 'kai'],
];

function runsOf(paragraph: string): Run[] {
  const heading = HEADINGS.find(([re]) => re.test(paragraph));
  if (!heading) return [{ text: paragraph, role: 'fang' }];
  const end = paragraph.indexOf('。');
  if (end < 0 || end === paragraph.length - 1) return [{ text: paragraph, role: heading[1] }];
  return [
    { text: paragraph.slice(0, end + 1), role: heading[1] },
    { text: paragraph.slice(end + 1), role: 'fang' },
  ];
}

/**
 * Blank lines separate paragraphs; the lines inside one paragraph are trimmed and joined without a
 * space (Chinese text), so a template may wrap long sentences freely.
 */
export function paragraphBlocks(output: string): Block[] {
  return output
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .join(''),
    )
    .filter((p) => p !== '')
    .map((p) => ({ kind: 'paragraph', runs: runsOf(p) }));
}
