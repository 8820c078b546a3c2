/** baseline-mismatch (verify): the filing was built against a baseline that is not the bureau's. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'baseline-mismatch',
  severity: 'error',
  description: { zh: '备案文件依据的基准目录与市局的不一致', en: "The filing was built against a baseline other than the bureau's" },
  messages: {
    default: {
      zh: '备案文件依据的基准目录 {baseline}（SHA-256 {theirs}）与市局的（{ours}）不一致：报送单位使用了修改过或过时的市级目录。请要求其用市局发布的基准目录重新生成',
      en: "The filing was built against {baseline} (SHA-256 {theirs}), not the bureau's ({ours}): an edited or outdated municipal catalogue. Ask for a rebuild against the published baseline",
    },
    reference: {
      zh: '源文件写的是 extends: {spec}，核验用的是市局的基准目录 {baseline}：{spec} 不是市局使用的版本，按 {baseline} 检查的结果不能说明报送单位实际依据的目录没有删减。请要求其改为 extends: {baseline} 后重新报送',
      en: 'The source says extends: {spec}, but the bureau verifies against {baseline}: {spec} is not the version the bureau uses, so checking against {baseline} says nothing about the catalogue the unit actually built on. Ask for extends: {baseline} and a new filing',
    },
  },
});
