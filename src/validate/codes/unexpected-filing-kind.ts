/** unexpected-filing-kind (verify): the filing is not the kind of catalogue this bureau receives, or does not extend its catalogue. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'unexpected-filing-kind',
  severity: 'error',
  description: {
    zh: '报送的不是本单位接收的那类目录（市教育局收县级目录，县教育局收本县学校的目录）',
    en: "The filing is not the kind of catalogue this bureau receives (the city receives county catalogues, a county its schools')",
  },
  messages: {
    default: {
      zh: '这是{kind}目录“{catalogue}”的备案文件；本次核验只接收继承 {baseline} 的{expected}目录。{hint}',
      en: 'This is the filing of a {kind} catalogue "{catalogue}"; this verification accepts only {expected} catalogues that extend {baseline}. {hint}',
    },
    noBaseline: {
      zh: '目录“{catalogue}”写的是 kind: {claimed}，但没有继承 {baseline}（没有 extends），不能作为{expected}目录备案。请要求报送单位用继承 {baseline} 的目录重新生成',
      en: 'Catalogue "{catalogue}" says kind: {claimed} but does not extend {baseline} (no extends), so it cannot be filed as a {expected} catalogue. Ask for a rebuild from a catalogue that extends {baseline}',
    },
    otherParent: {
      zh: '学校目录“{catalogue}”继承的是 {parent}（SHA-256 {theirs}），不是本县核验所用的 {baseline}（{ours}）：学校用了别的县或修改过、过时的本县目录。请要求学校用本县发布的目录重新生成',
      en: 'School catalogue "{catalogue}" extends {parent} (SHA-256 {theirs}), not {baseline} ({ours}) that this county verifies with: another county\'s, or an edited or outdated copy of this county\'s catalogue. Ask the school to rebuild against the catalogue the county issued',
    },
  },
});
