/** What a command says, in order, for its caller to print: the app layer returns it and never writes a stream. */

export interface Line {
  readonly to: 'out' | 'err';
  readonly text: string;
}

export interface AppResult {
  /** 0 clean, 1 findings (or warnings under --strict). Bad invocations are thrown as UsageError instead. */
  readonly code: number;
  readonly output: readonly Line[];
}

/** The lines a command has said so far. */
export class Output {
  readonly lines: Line[] = [];

  out(text: string): void {
    this.lines.push({ to: 'out', text });
  }

  err(text: string): void {
    this.lines.push({ to: 'err', text });
  }
}

const saidBefore = new WeakMap<object, readonly Line[]>();

/** Run a command; what it said before it failed travels with the error (see outputBefore). */
export async function collect(run: (o: Output) => number | Promise<number>): Promise<AppResult> {
  const o = new Output();
  try {
    return { code: await run(o), output: o.lines };
  } catch (e) {
    if (typeof e === 'object' && e !== null) saidBefore.set(e, o.lines);
    throw e;
  }
}

/** The lines a failed command had said before it threw `e` (findings printed before a refused build). */
export function outputBefore(e: unknown): readonly Line[] {
  return (typeof e === 'object' && e !== null ? saidBefore.get(e) : undefined) ?? [];
}
