/** ditto-value: a value is 同上/同左 or similar; every cell must be written out. */
import { ELEMENT_KEYS } from '../../model/index.js';
import { normalizeText } from '../normalize.js';
import { defineRule } from '../rule.js';
import { nearestPointer, resolvedItems } from './util.js';

const DITTO = /^(同上|同左|同右|同前|同下|同上栏|同上一项|如上|同前项|〃|″|"|'')$/u;

/** Whether a value only refers to a neighbouring cell. */
function isDitto(value: string): boolean {
  return DITTO.test(normalizeText(value));
}

export default defineRule({
  id: 'ditto-value',
  severity: 'error',
  description: { zh: '值写成了“同上”“同左”等，没有写出实际内容', en: 'A value is 同上/同左 ("ditto") instead of the real text' },
  messages: {
    default: {
      zh: '事项 {id} 的 {field} 写成了“{value}”。请写出实际内容：生成表格时相同的相邻单元格会自动合并',
      en: 'Item {id}: {field} is "{value}". Write the value out; equal neighbouring cells are merged when the table is rendered',
    },
  },
  check(ctx, report) {
    for (const { item, base, origin } of resolvedItems(ctx)) {
      for (const field of ELEMENT_KEYS) {
        const v: string | readonly string[] = item[field];
        const had = new Set((base ? [base[field]].flat() : []).map(normalizeText));
        const values =
          typeof v === 'string' ? [[v, nearestPointer(ctx, origin, field)] as const] : v.map((x, i) => [x, nearestPointer(ctx, origin, field, i)] as const);
        for (const [value, at] of values) {
          if (isDitto(value) && !had.has(normalizeText(value))) report({ pointer: at, target: `${item.id}#${field}`, data: { id: item.id, field, value } });
        }
      }
    }
  },
});
