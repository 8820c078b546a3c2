/** How a command action runs: the app function on the real host, what it says printed, its exit code kept. */
import type { AppHost } from '../app/host.js';
import type { AppResult } from '../app/output.js';
import { print, processHost } from './io.js';

export type SetCode = (code: number) => void;

/** Run an app command on the real host, print what it says, and keep its exit code. */
export async function runApp(setCode: SetCode, command: (host: AppHost) => Promise<AppResult>): Promise<void> {
  const result = await command(processHost());
  print(result.output);
  setCode(result.code);
}
