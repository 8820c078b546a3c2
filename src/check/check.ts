/** The check pipeline for one file: load → schema → resolve → rules → deviations → diagnostics. */
import { loadSource, type LoadedSource } from '../load/load.js';
import type { Catalogue, Finding, FileResult, Host, Lang, Origins, SourceCatalogue } from '../model/index.js';
import { displayPath, resolveSource, type ParentSource, type ResolveOptions } from '../resolve/resolve.js';
import { validateSchema } from '../validate/schema.js';
import { validateCatalogue } from '../validate/validate.js';
import { toDiagnostics } from './diagnostics.js';

export interface CheckOptions extends ResolveOptions {
  readonly lang: Lang;
}

/** Everything the pipeline learnt about one file; `build` and `verify` go on from here. */
export interface Checked {
  readonly result: FileResult;
  readonly loaded: LoadedSource;
  readonly source?: SourceCatalogue;
  readonly resolved?: Catalogue;
  readonly baseline?: Catalogue;
  /** The files extended, nearest first. */
  readonly parents?: readonly ParentSource[];
  readonly origins?: Origins;
}

/** Check one catalogue file, given its absolute path and bytes. */
export function checkSource(path: string, bytes: Uint8Array, host: Host, opts: CheckOptions): Checked {
  const file = displayPath(path, host);
  const loaded = loadSource(file, bytes);
  const finish = (findings: readonly Finding[], rest: Omit<Checked, 'result' | 'loaded'> = {}): Checked => {
    const diagnostics = toDiagnostics(findings, loaded.positions, file, opts.lang);
    const resolved = rest.resolved;
    const items = resolved?.categories.flatMap((c) => c.items) ?? [];
    return {
      loaded,
      ...rest,
      result: {
        file,
        ...(rest.source ? { catalogue: rest.source.id, kind: rest.source.kind } : {}),
        ok: !diagnostics.some((d) => d.severity === 'error'),
        ...(resolved
          ? {
              counts: {
                categories: resolved.categories.length,
                items: items.length,
                added: items.filter((i) => rest.origins?.items.get(i.id)?.status === 'added' && resolved.kind !== 'municipal').length,
              },
            }
          : {}),
        diagnostics,
        ...(resolved ? { resolved } : {}),
      },
    };
  };
  if (loaded.data === undefined) return finish(loaded.findings);
  if (typeof loaded.data !== 'object' || loaded.data === null || Array.isArray(loaded.data)) {
    const actual =
      loaded.data === null
        ? { zh: '空文件', en: 'an empty file' }
        : Array.isArray(loaded.data)
          ? { zh: '列表', en: 'a list' }
          : { zh: '一段文本', en: 'a plain value' };
    return finish([...loaded.findings, { rule: 'schema', pointer: '', messageId: 'notMapping', data: { actual } }]);
  }
  const schema = validateSchema('catalogue', loaded.data);
  if (schema.length > 0) return finish([...loaded.findings, ...schema]);
  const source = loaded.data as SourceCatalogue;
  const r = resolveSource(source, path, host, opts);
  if (!r.resolved || !r.origins) return finish([...loaded.findings, ...r.findings], { source });
  const ctx = { source, resolved: r.resolved, baseline: r.baseline ?? r.comparedWith, origins: r.origins, positions: loaded.positions, text: loaded.text };
  const findings = [...loaded.findings, ...r.findings, ...validateCatalogue(ctx)];
  return finish(findings, { source, resolved: r.resolved, baseline: r.baseline, origins: r.origins, ...(r.parents ? { parents: r.parents } : {}) });
}
