/** `--format gitlab`: GitLab Code Quality JSON, with fingerprints that survive moving text. */
import type { Severity } from '../model/index.js';
import { fingerprintDiagnostics } from './fingerprint.js';
import type { Formatter } from './types.js';

/** Code Quality severities: info, minor, major, critical, blocker. */
const SEVERITIES: Readonly<Record<Severity, string>> = { error: 'major', warning: 'minor', info: 'info' };

export const formatGitlab: Formatter = (results) => {
  const diags = results.flatMap((r) => r.diagnostics);
  const prints = fingerprintDiagnostics(diags);
  return (
    JSON.stringify(
      diags.map((d, i) => ({
        description: d.message,
        check_name: d.rule,
        fingerprint: prints[i],
        severity: SEVERITIES[d.severity],
        location: { path: d.file, lines: { begin: d.line } },
      })),
      null,
      2,
    ) + '\n'
  );
};
