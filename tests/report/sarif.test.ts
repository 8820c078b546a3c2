import { describe, expect, it } from 'vitest';
import { rulePage } from '../../src/app/explain.js';
import { nodeFs } from '../../src/io/node-fs.js';
import type { Diagnostic, FileResult } from '../../src/model/index.js';
import { fileUri, firstSection, formatSarif, pascalCase } from '../../src/report/sarif.js';
import { CODES } from '../../src/validate/registry.js';
import { goldenContext, reportResults } from './results.js';
import { validateSarif } from './sarif-schema.js';

interface Sarif {
  runs: {
    tool: { driver: { rules: { id: string; help?: { markdown: string }; defaultConfiguration: { level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; partialFingerprints: Record<string, string> }[];
  }[];
}

function valid(text: string): Sarif {
  const log = JSON.parse(text) as Sarif;
  expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  return log;
}

/** One diagnostic of every rule, so every rule's metadata and help go through the schema. */
function everyRule(): FileResult[] {
  const diagnostics: Diagnostic[] = CODES.map((r, i) => ({
    rule: r.id,
    severity: r.severity,
    message: `${r.id} 的消息`,
    file: 'a/b c/目录.yaml',
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 5,
  }));
  return [{ file: 'a/b c/目录.yaml', ok: false, diagnostics }];
}

describe('formatSarif', () => {
  it('is valid SARIF 2.1.0 for the fixtures, for no results, and for every rule with its real docs page', () => {
    valid(formatSarif(reportResults(), goldenContext()));
    valid(formatSarif([], goldenContext()));
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] }), 'the schema rejects a run without a tool').toBe(false);
    for (const lang of ['zh', 'en'] as const) {
      const log = valid(formatSarif(everyRule(), { ...goldenContext(lang), ruleDoc: (id) => rulePage(nodeFs, id, lang) }));
      const rules = log.runs[0]!.tool.driver.rules;
      expect(rules.map((r) => r.id)).toEqual(CODES.map((r) => r.id).sort());
      for (const r of rules) expect(r.help?.markdown, r.id).toMatch(new RegExp(`^# ${r.id}\\n`));
    }
  });

  it('stays valid without version or docs (the context fields are optional)', () => {
    const { toolVersion: _v, ruleDoc: _d, ...bare } = goldenContext();
    const log = valid(formatSarif(reportResults(), bare));
    expect(log.runs[0]!.tool.driver.rules[0]).not.toHaveProperty('help');
  });

  it('points each result at its rule, maps severities and gives unique fingerprints', () => {
    const log = valid(formatSarif(everyRule(), goldenContext()));
    const run = log.runs[0]!;
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
      expect(res.level).toBe(run.tool.driver.rules[res.ruleIndex]!.defaultConfiguration.level);
    }
    expect(new Set(run.results.map((r) => r.level))).toEqual(new Set(['error', 'warning', 'note']));
    const prints = run.results.map((r) => r.partialFingerprints['catalogFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('names rules in PascalCase, encodes paths as URI references and keeps machine paths out', () => {
    expect(pascalCase('extended-time-limit')).toBe('ExtendedTimeLimit');
    expect(fileUri('a/b c/目录.yaml')).toEqual({ uri: 'a/b%20c/%E7%9B%AE%E5%BD%95.yaml', uriBaseId: '%SRCROOT%' });
    expect(fileUri('/abs/x.yaml')).toEqual({ uri: 'file:///abs/x.yaml' });
    expect(formatSarif(reportResults(), goldenContext())).not.toContain('originalUriBaseIds');
  });

  it('takes the full description from the first section of the rule page', () => {
    expect(firstSection('# x\n\n## 检查什么\n\n第一行\n第二行。\n\n另一段。\n\n## 为什么\n', 'zh')).toBe('第一行第二行。');
    expect(firstSection('# x\n\n## What\n\nOne\nline.\n', 'en')).toBe('One line.');
    expect(firstSection('# x\n', 'en')).toBeUndefined();
  });
});
