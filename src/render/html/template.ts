/** Compile the portal template in an isolated Handlebars instance that escapes every value it prints. */
import Handlebars from 'handlebars';
import { TemplateError } from '../layout/template.js';

/** Prototype access stays denied; saying so explicitly (rather than by default) also keeps Handlebars from logging. */
const RUNTIME: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowCallsToHelperMissing: false,
};

/**
 * Render `context` through the template `text` (named `name` in errors). Throws TemplateError when it
 * does not parse or run, or when it prints a value raw with {{{ }}} or {{& }}: every value is data.
 */
export function renderTemplate(name: string, text: string, context: object): string {
  try {
    return compiledPage(text)(context, RUNTIME);
  } catch (e) {
    throw new TemplateError(name, e);
  }
}

/** Checked and compiled once per process per template text; a template that fails is not remembered. */
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function compiledPage(text: string): Handlebars.TemplateDelegate {
  let template = compiled.get(text);
  if (!template) {
    const hb = Handlebars.create();
    const raw = unescapedLines(hb.parse(text));
    if (raw.length > 0) throw new Error(`第 ${raw.join('、')} 行不转义地输出数据（{{{ }}} 或 {{& }}），页面只允许 {{ }}`);
    template = hb.compile(text, { strict: false, noEscape: false });
    compiled.set(text, template);
  }
  return template;
}

/** Line numbers of every unescaped mustache in the template. */
function unescapedLines(ast: hbs.AST.Program): number[] {
  const lines: number[] = [];
  // The Visitor lives on the module's default instance only; it keeps no state of its own.
  class RawFinder extends Handlebars.Visitor {
    override MustacheStatement(node: hbs.AST.MustacheStatement): void {
      if (!node.escaped) lines.push(node.loc.start.line);
      super.MustacheStatement(node);
    }
  }
  new RawFinder().accept(ast);
  return lines;
}
