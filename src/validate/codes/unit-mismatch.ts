/** unit-mismatch (verify report): a filing under a listed unit's id comes from another region, or two filings of one unit differ in content or one of them fails. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'unit-mismatch',
  severity: 'error',
  description: {
    zh: '汇总表中：以某单位目录编号报送的备案来自另一个地区，或用了名单以外的编号，或同一单位的几份备案内容不同、其中一份有错误',
    en: "In the decision report: a filing under a unit's catalogue id comes from another region, or it names a listed unit under another id, or the filings of one unit differ in content or one of them has errors",
  },
  messages: {
    default: {
      zh: '“{file}”以目录编号 {id} 报送，但写的地区是“{region}”、发文机关是“{issuer}”，与应报送名单中的“{expected}”不符。它不能算作 {expected} 的备案；请核实是谁报送的',
      en: '"{file}" is filed under catalogue id {id} but names region "{region}" and issuer "{issuer}", not "{expected}" as on the list. It does not count as {expected}\'s filing; check who sent it',
    },
    content: {
      zh: '同一单位（{id}）的另一份备案“{other}”与采用的“{file}”内容不同（不只是文号、日期不同）。请核对哪一份是正式报送的，不要只看成文日期',
      en: 'Another filing of the same unit ({id}), "{other}", differs in content from "{file}", the one taken (not only in number or date). Check which one was really filed; do not go by the date alone',
    },
    otherId: {
      zh: '“{file}”写的是名单中的“{expected}”，目录编号却是 {id}（名单中是 {listed}）。它算作 {expected} 的备案，和该单位的其他备案一起核对；请要求其改用目录编号 {listed}',
      en: '"{file}" names "{expected}" from the list but has catalogue id {id} (the list says {listed}). It counts as {expected}\'s filing and is checked with its other filings; ask for id {listed}',
    },
    underOther: {
      zh: '另一份写的是“{expected}”的备案“{file}”以目录编号 {id} 报送（在该编号一行标为不符）。请核对哪一份是 {expected} 正式报送的',
      en: 'Another filing naming "{expected}", "{file}", was filed under catalogue id {id} (shown as a mismatch in that row). Check which one {expected} really filed',
    },
    faulty: {
      zh: '同一单位（{id}）的另一份备案“{other}”有错误，采用的是成文日期更晚（或文件名排在后面）的“{file}”。两份事项相同，但有错误的那份可能才是公开的版本：请核对，撤回有错误的一份后再核验',
      en: 'Another filing of the same unit ({id}), "{other}", has errors; "{file}", dated later (or named later), is the one taken. Their items are the same, but the one with errors may be what was published: check, and withdraw it before verifying again',
    },
  },
});
