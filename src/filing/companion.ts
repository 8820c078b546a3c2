/**
 * A county files both documents of one build: its 备案报告, which declares its deviations (三、调整事项), and its
 * 印发通知, which prints the same table and declares nothing. Read alone, the notice's removals are undeclared
 * (errors: the county must file its report); beside a report of the same unit whose printed table is the same
 * content, the notice is that report's companion and is judged with the report's declarations.
 *
 * Nothing the notice says about itself makes it a companion — not its document title (关于印发…的通知), type or file
 * name: only the content key (facts.ts: every category's and item's printed elements) and the catalogue title printed
 * over the table being equal to the report's (a notice publishing the table as a 参考目录 is no companion). A "notice" whose table
 * differs in any element is no companion and keeps its strict verdict (and the decision flags it 内容不同). What is
 * not a declarable finding of the table — hidden text, a withdrawal under the table, a tampered page — stays.
 */
import { compareDiagnostics, toDiagnostics } from '../check/diagnostics.js';
import { PositionMap } from '../load/positions.js';
import { LineCounter } from '../vendor/yaml.js';
import type { FilingOutcome } from '../model/filing.js';
import type { Diagnostic, Finding, Lang } from '../model/index.js';
import { applyDeviations } from '../validate/deviations.js';
import { CODES_BY_ID } from '../validate/registry.js';
import { byRecency, plainName, sameFiler } from './decision.js';

const isNotice = (o: FilingOutcome): boolean => o.facts.document?.type === 'notice';
const isRead = (o: FilingOutcome): boolean => o.result.integrity !== 'skipped' && o.facts.content !== undefined;
/** The same catalogue title printed over both tables (a notice publishing it as another catalogue is no companion: red team o23). */
const sameTitle = (a: FilingOutcome, b: FilingOutcome): boolean => plainName(a.facts.title ?? '') === plainName(b.facts.title ?? '');

/** The "第5行（教育事业发展主要情况）：" a hand-made table puts before a finding on a row (verify-office.ts), kept on the new message. */
function rowPrefix(d: Diagnostic, lang: Lang): string {
  const [open, close] = lang === 'zh' ? [`第${d.line}行（`, '）：'] : [`row ${d.line} (`, '): '];
  const at = d.message.indexOf(open);
  const end = at < 0 ? -1 : d.message.indexOf(close, at + open.length);
  return end < 0 ? '' : d.message.slice(0, end + close.length);
}

/** The notice's diagnostics with every declarable finding the report's declarations cover turned into a `deviation` warning. */
function judgedWith(notice: FilingOutcome, report: FilingOutcome, lang: Lang): FilingOutcome {
  const deviations = report.facts.deviations;
  const own = notice.result.diagnostics;
  const asFindings = own.map((d): Finding => ({ rule: d.rule, severity: d.severity, pointer: '', ...(d.target !== undefined ? { target: d.target } : {}) }));
  // Item ids are CATEGORY.ITEM: a declared category covers its items, as in a source's deviations.
  const applied = applyDeviations(asFindings, deviations, CODES_BY_ID, (id) => (id.includes('.') ? id.slice(0, id.indexOf('.')) : undefined));
  const positions = new PositionMap(new LineCounter());
  const diagnostics = own
    .map((d, i): Diagnostic => {
      const f = applied[i];
      if (!f || f.rule !== 'deviation' || d.rule === 'deviation') return d;
      const finding: Finding = {
        ...f,
        messageId: f.messageId === 'withRef' ? 'companionWithRef' : 'companion',
        data: { ...f.data, file: report.result.file },
        span: { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn },
      };
      const [worded] = toDiagnostics([finding], positions, d.file, lang);
      return worded ? { ...worded, message: rowPrefix(d, lang) + worded.message } : d;
    })
    .sort(compareDiagnostics);
  const status = diagnostics.some((d) => d.severity === 'error') ? 'error' : diagnostics.some((d) => d.severity === 'warning') ? 'warning' : 'ok';
  return { ...notice, result: { ...notice.result, diagnostics, ok: status !== 'error', status }, companionOf: report.result.file };
}

/**
 * Each read 印发通知 whose printed table is the same content as a read 备案报告 (or source) of the same unit becomes that
 * report's companion (the latest such report by 成文日期, then path), judged with its declarations; all else unchanged.
 */
export function pairCompanions(outcomes: readonly FilingOutcome[], lang: Lang): FilingOutcome[] {
  const reports = outcomes.filter((o) => isRead(o) && !isNotice(o));
  return outcomes.map((o) => {
    if (!isNotice(o) || !isRead(o)) return o;
    const same = reports.filter((r) => r.facts.content === o.facts.content && sameTitle(o, r) && sameFiler(o, r));
    const report = same.sort(byRecency).at(-1);
    return report ? judgedWith(o, report, lang) : o;
  });
}
