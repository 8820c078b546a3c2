/** The CLI's contact with the world: the host the app layer runs on, the output streams and colour. */
import { fsHost, type AppHost, type Terminal } from '../app/host.js';
import type { Line } from '../app/output.js';
import { nodeFs } from '../io/node-fs.js';
import { statusLine } from '../util/width.js';

/**
 * Colours: NO_COLOR (non-empty) always wins (https://no-color.org); then FORCE_COLOR forces them on even
 * without a terminal (any value but 0/false; https://force-color.org), or off with 0/false; else on a terminal only.
 */
export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  return isTTY;
}

function useColor(stream: NodeJS.WriteStream): boolean {
  return colorWanted(process.env, Boolean(stream.isTTY));
}

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') || text === '' ? text : text + '\n');
}

export function writeErr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}

/** Print what a command said, in the order it said it. */
export function print(lines: readonly Line[]): void {
  for (const line of lines) (line.to === 'out' ? writeOut : writeErr)(line.text);
}

/** Questions on the terminal (readline); Ctrl-C or Ctrl-D cancels with InitAborted. */
async function openTerminal(): Promise<Terminal> {
  const { createInterface } = await import('node:readline/promises');
  const { InitAborted } = await import('../authoring/answers.js');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  rl.on('SIGINT', () => rl.close());
  return {
    ask: (q) =>
      new Promise((res, rej) => {
        const closed = (): void => rej(new InitAborted());
        rl.once('close', closed);
        rl.question(q).then((v) => {
          rl.off('close', closed);
          res(v);
        }, rej);
      }),
    say: writeOut,
    close: () => rl.close(),
  };
}

/** The real world: the working folder, the file system, process.env, the clock, the terminal. */
export function processHost(): AppHost {
  return {
    ...fsHost(process.cwd(), nodeFs),
    fs: nodeFs,
    env: process.env,
    now: () => new Date(),
    color: { out: useColor(process.stdout), err: useColor(process.stderr) },
    ...(process.stderr.isTTY ? { status: (line: string | undefined) => process.stderr.write(line === undefined ? '\r\u001b[K' : statusLine(line)) } : {}),
    ...(process.stdin.isTTY ? { openTerminal } : {}),
  };
}
