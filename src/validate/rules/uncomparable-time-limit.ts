/** uncomparable-time-limit: the time limit changed and cannot be compared with the baseline's. */
import { defineRule } from '../rule.js';
import { reportTimeLimits } from './time-limit-rules.js';

export default defineRule({
  id: 'uncomparable-time-limit',
  severity: 'warning',
  description: { zh: '公开时限改了写法，无法与基准目录比较长短', en: "The time limit changed and cannot be compared with the baseline's" },
  messages: {
    default: {
      zh: '事项“{name}”（{id}）的公开时限“{new}”无法与基准目录的“{old}”比较长短。请写成“信息形成或者变更之日起N个工作日内”这样可比较的形式，或确认它不长于基准',
      en: 'Item "{name}" ({id}): the time limit "{new}" cannot be compared with the baseline\'s "{old}". Write it as "within N working days of …", or make sure it is not longer',
    },
  },
  check(ctx, report) {
    reportTimeLimits(ctx, report, 'uncomparable');
  },
});
