/** A build's outputs all or none: written into a staging folder inside the output folder, then moved into place. */
import * as nodeFs from 'node:fs';
import { basename, join } from 'node:path';
import type { Lang } from '../model/index.js';
import { t } from '../messages/cli.js';
import { makeDirs, OutputError } from './write.js';

/** The file operations staging needs; tests pass one that fails on purpose (a full disk half-way). */
export interface StageFs {
  mkdtempSync(prefix: string): string;
  mkdirSync(path: string): void;
  writeFileSync(path: string, bytes: Uint8Array | string): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, opts: { recursive: true; force: true }): void;
  lstatSync(path: string, opts: { throwIfNoEntry: false }): nodeFs.Stats | undefined;
}

export interface StagedFile {
  /** Absolute path directly inside the output folder (vetted by outputPath). */
  readonly path: string;
  readonly bytes: Uint8Array | string;
  /** How messages name it. */
  readonly shown: string;
}

function refuse(lang: Lang, shown: string, e: unknown): OutputError {
  const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return new OutputError(t(lang, 'err.unwritableNone', { path: shown, reason }));
}

/**
 * Write every file or none. 1) all bytes go to `OUT/.catalog-staging-XXXX/`; a failure there (disk full)
 * touches nothing in OUT. 2) each existing target is moved aside into the staging folder and the new file
 * renamed into place (same folder, same disk: renames do not fill a disk); if one of those fails, every
 * step done is undone, so the previous set stays whole. The staging folder is removed in every case.
 */
export function writeAll(outDir: string, files: readonly StagedFile[], lang: Lang, fs: StageFs = nodeFs): void {
  try {
    makeDirs(outDir);
  } catch (e) {
    throw refuse(lang, files[0]?.shown ?? outDir, e);
  }
  let staging: string;
  try {
    staging = fs.mkdtempSync(join(outDir, '.catalog-staging-'));
  } catch (e) {
    throw refuse(lang, files[0]?.shown ?? outDir, e);
  }
  try {
    for (const f of files) {
      try {
        fs.writeFileSync(join(staging, basename(f.path)), f.bytes);
      } catch (e) {
        throw refuse(lang, f.shown, e);
      }
    }
    moveIntoPlace(staging, files, lang, fs);
  } finally {
    try {
      fs.rmSync(staging, { recursive: true, force: true });
    } catch {
      // a staging folder that cannot be removed holds only copies; the outputs are settled either way
    }
  }
}

/** Step 2: old files aside, new files in; on a failure, undo in reverse order. */
function moveIntoPlace(staging: string, files: readonly StagedFile[], lang: Lang, fs: StageFs): void {
  const aside = join(staging, '.previous');
  const undo: (() => void)[] = [];
  try {
    fs.mkdirSync(aside);
    for (const f of files) {
      const name = basename(f.path);
      const old = fs.lstatSync(f.path, { throwIfNoEntry: false });
      if (old?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR', shown: f.shown });
      try {
        if (old) {
          fs.renameSync(f.path, join(aside, name));
          undo.push(() => fs.renameSync(join(aside, name), f.path));
        }
        fs.renameSync(join(staging, name), f.path);
        undo.push(() => fs.rmSync(f.path, { recursive: true, force: true }));
      } catch (e) {
        throw Object.assign(e as Error, { shown: f.shown });
      }
    }
  } catch (e) {
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // keep undoing: every other file still goes back
      }
    }
    throw refuse(lang, (e as { shown?: string }).shown ?? staging, e);
  }
}
