/** A build's outputs all or none: written into a staging folder inside the output folder, then moved into place. */
import { basename, join } from 'node:path';
import type { Lang } from '../model/index.js';
import { t } from '../messages/cli.js';
import type { AppFs } from './host.js';
import { makeDirs, OutputError } from './write.js';

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
 * Tests hand in an `fs` that fails on purpose (a full disk half-way).
 */
export function writeAll(fs: AppFs, outDir: string, files: readonly StagedFile[], lang: Lang): void {
  try {
    makeDirs(fs, outDir);
  } catch (e) {
    throw refuse(lang, files[0]?.shown ?? outDir, e);
  }
  let staging: string;
  try {
    staging = fs.mkdtemp(join(outDir, '.catalog-staging-'));
  } catch (e) {
    throw refuse(lang, files[0]?.shown ?? outDir, e);
  }
  try {
    for (const f of files) {
      try {
        fs.writeFile(join(staging, basename(f.path)), f.bytes);
      } catch (e) {
        throw refuse(lang, f.shown, e);
      }
    }
    moveIntoPlace(fs, staging, files, lang);
  } finally {
    try {
      fs.remove(staging, { recursive: true });
    } catch {
      // a staging folder that cannot be removed holds only copies; the outputs are settled either way
    }
  }
}

/** Step 2: old files aside, new files in; on a failure, undo in reverse order. */
function moveIntoPlace(fs: AppFs, staging: string, files: readonly StagedFile[], lang: Lang): void {
  const aside = join(staging, '.previous');
  const undo: (() => void)[] = [];
  try {
    fs.mkdir(aside);
    for (const f of files) {
      const name = basename(f.path);
      const old = fs.lstat(f.path);
      if (old?.isDirectory) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR', shown: f.shown });
      try {
        if (old) {
          fs.rename(f.path, join(aside, name));
          undo.push(() => fs.rename(join(aside, name), f.path));
        }
        fs.rename(join(staging, name), f.path);
        undo.push(() => fs.remove(f.path, { recursive: true }));
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
