/** extended-time-limit: the time limit is longer than the baseline's. */
import { defineRule } from '../rule.js';
import { reportOtherScriptDigits, reportTimeLimits } from './time-limit-rules.js';

export default defineRule({
  id: 'extended-time-limit',
  severity: 'error',
  declarable: true,
  description: { zh: '公开时限比基准目录的长', en: "The time limit is longer than the baseline's" },
  messages: {
    default: {
      zh: '事项“{name}”（{id}）的公开时限“{new}”比基准目录的“{old}”更长。时限只能缩短，不能延长',
      en: 'Item "{name}" ({id}): the time limit "{new}" is longer than the baseline\'s "{old}". Limits may be shortened, never extended',
    },
    unbounded: {
      zh: '事项“{name}”（{id}）的公开时限“{new}”没有写明期限，比基准目录的“{old}”宽松。时限只能缩短，不能放宽：请写明不长于基准的期限',
      en: 'Item "{name}" ({id}): the time limit "{new}" names no time and is looser than the baseline\'s "{old}". Limits may be shortened, never loosened: state a limit no longer than the baseline\'s',
    },
    radicals: {
      zh: '事项“{name}”（{id}）的公开时限“{new}”用了形似汉字的部首字符（{digits}），读者看到的是汉字，程序读不出，无法与基准目录的“{old}”比较。请改用通常的汉字',
      en: 'Item "{name}" ({id}): the time limit "{new}" is written with radicals drawn like ideographs ({digits}); a reader sees the ideograph, the program cannot read it, so it cannot be compared with the baseline\'s "{old}". Write the usual characters',
    },
    otherDigits: {
      zh: '事项“{name}”（{id}）的公开时限“{new}”用了其他文字的数字（{digits}），读者认不出它们的数值，无法与基准目录的“{old}”比较。请用阿拉伯数字（0–9）或汉字数字书写',
      en: 'Item "{name}" ({id}): the time limit "{new}" is written with digits of another script ({digits}), whose value a reader here cannot tell; it cannot be compared with the baseline\'s "{old}". Write it with 0–9 or Chinese numerals',
    },
  },
  check(ctx, report) {
    reportTimeLimits(ctx, report, 'longer', 'unbounded');
    reportOtherScriptDigits(ctx, report);
  },
});
