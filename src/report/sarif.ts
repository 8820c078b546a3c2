/** `--format sarif`: one SARIF 2.1.0 run with rule metadata and help text, for code-scanning tools. */
import type { Diagnostic, FileResult, Lang, Severity } from '../model/index.js';
import { CODES_BY_ID } from '../validate/registry.js';
import { fingerprintDiagnostics } from './fingerprint.js';
import type { FormatContext, Formatter } from './types.js';

type Level = 'error' | 'warning' | 'note';

const LEVELS: Readonly<Record<Severity, Level>> = { error: 'error', warning: 'warning', info: 'note' };

/** `removed-item` → `RemovedItem` (SARIF's reportingDescriptor.name). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** The first paragraph of a rule page's first section ("检查什么" / "What it checks"), as one line. */
export function firstSection(markdown: string, lang: Lang): string | undefined {
  const body = markdown.split(/^## .*$/m)[1];
  const para = body?.trim().split(/\n\s*\n/)[0];
  return para
    ? para
        .split('\n')
        .map((l) => l.trim())
        .join(lang === 'zh' ? '' : ' ')
    : undefined;
}

/** The rule's metadata: descriptions from the registry, help from its docs page when the context has one. */
function ruleDescriptor(id: string, ctx: FormatContext): Record<string, unknown> {
  const rule = CODES_BY_ID.get(id);
  const short = rule?.description[ctx.lang] ?? id;
  const doc = ctx.ruleDoc?.(id);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: short },
    fullDescription: { text: (doc && firstSection(doc, ctx.lang)) ?? short },
    ...(doc ? { help: { text: doc, markdown: doc } } : {}),
    defaultConfiguration: { level: LEVELS[rule?.severity ?? 'warning'] },
  };
}

/** A relative path as a URI reference (each segment percent-encoded); absolute paths become file: URIs. */
export function fileUri(file: string): { uri: string; uriBaseId?: string } {
  const encoded = file
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
  return file.startsWith('/') ? { uri: `file://${encoded}` } : { uri: encoded, uriBaseId: '%SRCROOT%' };
}

function sarifResult(d: Diagnostic, ruleIndex: number, fingerprint: string): Record<string, unknown> {
  return {
    ruleId: d.rule,
    ruleIndex,
    level: LEVELS[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: fileUri(d.file),
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      },
    ],
    partialFingerprints: { 'catalogFinding/v1': fingerprint },
  };
}

export const formatSarif: Formatter = (results: readonly FileResult[], ctx) => {
  const diags = results.flatMap((r) => r.diagnostics);
  const ruleIds = [...new Set(diags.map((d) => d.rule))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const prints = fingerprintDiagnostics(diags);
  const driver = {
    name: 'catalog',
    ...(ctx.toolVersion ? { version: ctx.toolVersion } : {}),
    rules: ruleIds.map((id) => ruleDescriptor(id, ctx)),
  };
  return (
    JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver },
            language: ctx.lang === 'zh' ? 'zh-CN' : 'en-US',
            columnKind: 'utf16CodeUnits',
            results: diags.map((d, i) => sarifResult(d, index.get(d.rule)!, prints[i]!)),
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
};
