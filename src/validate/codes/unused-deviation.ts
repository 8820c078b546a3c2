/** unused-deviation: a declared deviation matches no finding. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'unused-deviation',
  severity: 'warning',
  description: { zh: '声明的偏离没有对应任何问题', en: 'A declared deviation matches nothing' },
  messages: {
    default: {
      zh: '声明的偏离“{target}”没有对应任何删减或放宽，请删去这条声明或检查编号是否写错',
      en: 'The declared deviation "{target}" matches no removal or relaxation; delete it or check the id',
    },
    unknownTargetNone: {
      zh: '声明的偏离“{target}”中的编号不存在，请检查编号',
      en: 'The declared deviation "{target}" names an id that does not exist; check the id',
    },
    unknownName: {
      zh: '正文中的偏离声明“{text}”没有对应基准目录或本目录中的事项或要素，这条声明不生效：请检查事项名称和要素名称',
      en: 'The declaration "{text}" in the text names no item or element of the baseline or of this catalogue, so it declares nothing: check the names',
    },
    listedName: {
      zh: '正文中的偏离声明“{text}”称未列入的事项仍列在表中，这条声明不生效：表中对它的删减或放宽须逐项以“调整二级事项“…”的…”声明',
      en: 'The declaration "{text}" in the text says an item or category is not listed, but the table still lists it, so it declares nothing: declare each change to it as 调整二级事项“…”的…',
    },
    idName: {
      zh: '正文中的偏离声明“{text}”用编号指称事项（备案报告只对找不到的编号这样写），读者看不出它指哪一项，这条声明不生效：请写明一级事项或二级事项的名称',
      en: 'The declaration "{text}" in the text names an item by its id (the report prints an id only when it names nothing), which a reader does not read as the item, so it declares nothing: write the item or category name',
    },
    unknownTarget: {
      zh: '声明的偏离“{target}”中的编号不存在，是不是“{suggestion}”？',
      en: 'The declared deviation "{target}" names an id that does not exist; did you mean "{suggestion}"?',
    },
  },
});
