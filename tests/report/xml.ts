/** A tiny XML well-formedness check for the tests: one root, balanced tags, quoted attributes, escaped text. */

/** The problems found (empty when well-formed). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/g;
  let last = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (stack.length === 0 && body.slice(last, m.index).trim() !== '') problems.push(`text outside the root at ${last}`);
    last = token.lastIndex;
    if (m[2] === undefined) {
      problems.push(`stray ${m[0]} at ${m.index}`);
      continue;
    }
    if (m[1]) {
      if (stack.pop() !== m[2]) problems.push(`unbalanced </${m[2]}> at ${m.index}`);
      continue;
    }
    if (stack.length === 0) roots += 1;
    if (!m[4]) stack.push(m[2]);
  }
  if (body.slice(last).trim() !== '') problems.push('text after the root');
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
