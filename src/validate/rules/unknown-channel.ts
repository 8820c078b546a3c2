/** unknown-channel: a 公开渠道 outside the standard vocabulary (suggests the nearest standard one). */
import { joinPointer } from '../../load/positions.js';
import type { Finding } from '../../model/index.js';
import { isStandardChannel, nearestChannel } from '../channels.js';
import { defineRule } from '../rule.js';
import { sourceItems } from './util.js';

export default defineRule({
  id: 'unknown-channel',
  severity: 'warning',
  description: { zh: '公开渠道不在标准名称表中', en: 'A channel outside the standard vocabulary' },
  messages: {
    default: { zh: '公开渠道“{channel}”不是标准名称，是不是“{suggestion}”？确是其他渠道请写成“其他：{channel}”', en: 'The channel "{channel}" is not a standard name; did you mean "{suggestion}"? For another channel write "其他：{channel}"' },
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const { pointer, item } of sourceItems(ctx)) {
      const channels = item.channel;
      const list = typeof channels === 'string' ? [channels] : Array.isArray(channels) ? (channels as unknown[]) : [];
      list.forEach((channel, i) => {
        if (typeof channel !== 'string' || channel.trim() === '' || isStandardChannel(channel)) return;
        const at = typeof channels === 'string' ? joinPointer(pointer, 'channel') : joinPointer(pointer, 'channel', i);
        out.push({ rule: 'unknown-channel', pointer: at, target: `${item.id}#channel`, data: { channel, suggestion: nearestChannel(channel) } });
      });
    }
    return out;
  },
});
