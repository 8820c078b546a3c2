/** modified-baseline: the NAME@VERSION baseline in the local catalogues/ folder differs from the one shipped with the tool. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'modified-baseline',
  severity: 'warning',
  description: { zh: '本地的市级基准目录副本与本工具自带的不同', en: 'The local copy of the municipal baseline differs from the one shipped with the tool' },
  messages: {
    default: {
      zh: '本地的基准目录“{local}”与本工具自带的“{spec}”不同：{differences}。检查已按自带的版本进行（与市教育局核验时相同）；请删除本地副本，或换成自带的版本',
      en: 'The local baseline "{local}" differs from the "{spec}" shipped with the tool: {differences}. The check used the shipped one (as the bureau\'s verify does); delete the local copy or replace it with the shipped one',
    },
    override: {
      zh: '--baseline 指定的基准目录“{local}”与本工具自带的“{spec}”不同：{differences}。检查已按自带的版本进行（与市教育局核验时相同）：编号和版本相同的基准目录只能是自带的那份；另一份基准目录请给它新的版本号。用它生成的备案文件记录的是这份修改过的基准目录，市教育局核验时为基准不符（baseline-mismatch）：报送前请去掉 --baseline 重新生成',
      en: 'The baseline "{local}" named by --baseline differs from the "{spec}" shipped with the tool: {differences}. The check used the shipped one (as the bureau\'s verify does): a baseline with that id and version can only be the shipped one; give another baseline a new version. Filings built with it record this edited baseline and fail the bureau\'s verify (baseline-mismatch): build again without --baseline before filing',
    },
    unshipped: {
      zh: '基准目录“{spec}”（{local}）不是随工具发布的版本（随工具发布的是 {shipped}）：市教育局核验时只按自带的版本检查，这里的检查结果不能说明目录没有删减。请写 extends: {shipped}，或用 --baseline 指定市教育局下发的基准文件',
      en: 'The baseline "{spec}" ({local}) is not one shipped with the tool (shipped: {shipped}): the bureau verifies against the shipped one only, so this check does not show that nothing was removed. Write extends: {shipped}, or name the bureau\'s baseline file with --baseline',
    },
  },
});
