import { describe, expect, it } from 'vitest';
import { FORMATTERS, formatGithubSummary, type Formatter } from '../../src/report/index.js';
import { goldenContext, reportResults } from './results.js';

const EXTENSIONS: Readonly<Record<string, string>> = {
  stylish: 'txt',
  json: 'json',
  sarif: 'sarif.json',
  github: 'txt',
  gitlab: 'json',
  junit: 'xml',
};

const OUTPUTS: readonly [string, Formatter][] = [...Object.entries(FORMATTERS), ['github-summary', formatGithubSummary]];

describe('every format matches its golden file (tests/report/golden/, update with `vitest -u`)', () => {
  for (const lang of ['zh', 'en'] as const) {
    const results = reportResults(lang);
    it.each(OUTPUTS)(`%s (${lang})`, async (name, format) => {
      const file = `golden/${name}.${lang}.${EXTENSIONS[name] ?? 'md'}`;
      await expect(format(results, goldenContext(lang))).toMatchFileSnapshot(file);
    });
  }

  it('every format is deterministic', () => {
    for (const [name, format] of OUTPUTS) {
      expect(format(reportResults(), goldenContext()), name).toBe(format(reportResults(), goldenContext()));
    }
  });
});
