/** extended-time-limit: the time limit is longer than the baseline's. */
import { defineRule } from '../rule.js';
import { reportTimeLimits } from './time-limit-rules.js';

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
  },
  check(ctx, report) {
    reportTimeLimits(ctx, report, 'longer');
  },
});
