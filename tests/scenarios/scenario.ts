/** Parse `.scenario` files: a readable end-to-end case with its input files, command, output and exit code. */

/**
 * Format — sections opened by a line `=== NAME ===`:
 *   === test ===          one line describing the case
 *   === command ===       the arguments after `catalog`, one line (split on spaces)
 *   === file: PATH ===    an input file written into a fresh folder before running (repeatable)
 *   === stdout ===        the expected standard output (exact)
 *   === stderr ===        optional: text the standard error must contain
 *   === status ===        the expected exit code
 */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly args: readonly string[];
  readonly files: ReadonlyMap<string, string>;
  readonly stdout?: string;
  readonly stderr?: string;
  readonly status: number;
}

export function parseScenario(name: string, text: string): Scenario {
  const sections = new Map<string, string>();
  const files = new Map<string, string>();
  let current: string | undefined;
  let body: string[] = [];
  const flush = (): void => {
    if (current === undefined) return;
    const joined = body.join('\n').replace(/\n$/, '');
    const content = joined === '' ? '' : joined + '\n';
    if (current.startsWith('file:')) files.set(current.slice(5).trim(), content);
    else sections.set(current, content);
  };
  for (const line of text.split('\n')) {
    const m = /^=== (.+) ===$/.exec(line);
    if (m) {
      flush();
      current = m[1];
      body = [];
    } else {
      body.push(line);
    }
  }
  flush();
  const need = (k: string): string => {
    const v = sections.get(k);
    if (v === undefined) throw new Error(`${name}: missing section "${k}"`);
    return v;
  };
  return {
    name,
    description: need('test').trim(),
    args: need('command').trim().split(/\s+/).filter(Boolean),
    files,
    ...(sections.has('stdout') ? { stdout: sections.get('stdout') } : {}),
    ...(sections.has('stderr') ? { stderr: sections.get('stderr')?.trim() } : {}),
    status: Number(need('status').trim()),
  };
}
