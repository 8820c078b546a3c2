/** `catalog explain [RULE]`: a rule's documentation page in the user's language, or the list of rules. */
import { join } from 'node:path';
import type { Lang } from '../model/index.js';
import { rulesDocsDir } from '../util/paths.js';
import { CODES, CODES_BY_ID } from '../validate/registry.js';
import { suggest } from '../validate/suggest.js';
import { byCodePoint } from '../util/order.js';
import { t } from '../messages/cli.js';
import { UsageError, type AppFs, type AppHost } from './host.js';
import { settleOptions, type RawOptions } from './options.js';
import { collect, type AppResult } from './output.js';

/** The part of a rule's page for one language (the page is zh, then `<!-- en -->`, then en). */
export function rulePage(fs: AppFs, ruleId: string, lang: Lang): string {
  const page = fs.readText(join(rulesDocsDir, `${ruleId}.md`));
  const [zh = '', en = ''] = page.split(/^<!-- en -->$/m);
  return (lang === 'en' ? en : zh).trim() + '\n';
}

function listRules(lang: Lang): string {
  const SEV = lang === 'zh' ? { error: '错误', warning: '警告', info: '提示' } : { error: 'error', warning: 'warning', info: 'info' };
  const width = Math.max(...CODES.map((r) => r.id.length));
  const rows = [...CODES].sort((a, b) => byCodePoint(a.id, b.id)).map((r) => `  ${r.id.padEnd(width)}  ${SEV[r.severity]}  ${r.description[lang]}`);
  return [t(lang, 'explain.list'), ...rows].join('\n') + '\n';
}

/** `catalog explain [RULE]`: a rule's page, or the list of rules. */
export function explain(ruleId: string | undefined, raw: RawOptions, host: AppHost): Promise<AppResult> {
  return collect((o) => {
    o.out(explainText(ruleId, raw, host.fs));
    return 0;
  });
}

function explainText(ruleId: string | undefined, raw: RawOptions, fs: AppFs): string {
  const { lang } = settleOptions(raw);
  if (!ruleId) return listRules(lang);
  if (!CODES_BY_ID.has(ruleId)) {
    const suggestion = suggest(
      ruleId,
      CODES.map((r) => r.id),
    );
    throw new UsageError(
      suggestion === undefined ? t(lang, 'err.unknownRuleNone', { rule: ruleId }) : t(lang, 'err.unknownRule', { rule: ruleId, suggestion }),
    );
  }
  return rulePage(fs, ruleId, lang);
}
