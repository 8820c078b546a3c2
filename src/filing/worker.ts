/** A verify worker thread: reads and verifies one filing per message, keeping pdfjs, the renderer and the fonts loaded. */
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readFileResult } from '../io/read.js';
import { MAX_READ_BYTES } from '../load/limits.js';
import { serve } from '../io/worker-rpc.js';
import type { WorkerConfig } from './pool.js';
import { verifyFile, type VerifyEnv } from './verify.js';
import type { FilingOutcome } from '../model/filing.js';

const config = workerData as WorkerConfig;

const env: VerifyEnv = {
  lang: config.lang,
  // Filings up to --max-size are read (sizeOf refuses bigger ones first); other files keep the usual cap.
  host: { cwd: config.cwd, readFile: (path) => readFileResult(path, Math.max(MAX_READ_BYTES, config.maxBytes)) },
  sizeOf: (path) => {
    try {
      return statSync(path).size;
    } catch {
      return undefined;
    }
  },
  baseline: { path: config.baselinePath, bytes: config.baselineBytes, sha256: config.baselineSha256 },
  toolVersion: config.toolVersion,
  maxBytes: config.maxBytes,
  ...(config.scope ? { scope: config.scope } : {}),
  ...(config.fontsDir !== undefined ? { fontsDir: config.fontsDir } : {}),
};

// A job is a filing's path; the answer its outcome. An exception is sent back as an error (the pool reports it).
if (parentPort) serve<string, FilingOutcome>(parentPort, (path) => verifyFile(path, env));
