/** unknown-channel: a 公开渠道 outside the standard vocabulary that the baseline item does not already have (suggests the nearest standard one). */
import { isStandardChannel, nearestChannel } from '../channels.js';
import { defineRule } from '../rule.js';
import { normalizeText } from '../normalize.js';
import { nearestPointer, resolvedItems } from './util.js';

export default defineRule({
  id: 'unknown-channel',
  severity: 'warning',
  description: { zh: '公开渠道不在标准名称表中', en: 'A channel outside the standard vocabulary' },
  messages: {
    default: {
      zh: '公开渠道“{channel}”不是标准名称，是不是“{suggestion}”？确是其他渠道请写成“其他：{channel}”',
      en: 'The channel "{channel}" is not a standard name; did you mean "{suggestion}"? For another channel write "其他：{channel}"',
    },
  },
  check(ctx, report) {
    for (const { item, base, origin } of resolvedItems(ctx)) {
      const inherited = new Set((base?.channel ?? []).map(normalizeText));
      item.channel.forEach((channel, i) => {
        if (channel.trim() === '' || isStandardChannel(channel) || inherited.has(normalizeText(channel))) return;
        report({ pointer: nearestPointer(ctx, origin, 'channel', i), target: `${item.id}#channel`, data: { channel, suggestion: nearestChannel(channel) } });
      });
    }
  },
});
