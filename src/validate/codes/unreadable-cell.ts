/**
 * unreadable-cell (verify): a cell of a hand-made table does not say what the row is read as — blank, or a mark that is
 * neither a tick nor a no — or the table has no column at all for one of the nine elements.
 */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'unreadable-cell',
  severity: 'error',
  description: {
    zh: '手工制作的目录表格中，某个事项的要素单元格是空的，勾选栏写的既不是勾（√）也不是“×”“否”，缺少九要素之一的列，有认不出的列或重复的列，或同一事项写了两行，无法确定备案的内容',
    en: 'A cell of a hand-made catalogue table is blank or holds a mark that is neither a tick nor a no, a column for one of the nine elements is missing, a column is not recognised or repeats another, or an item is listed twice: what is filed cannot be told',
  },
  messages: {
    default: {
      zh: '{where}第{row}行（{name}）的“{column}”一栏是空的。备案表格中的空白不能当作“沿用市级目录”：读者看到的是这一要素没有写。请要求报送单位写全这一栏后重新报送',
      en: '{where}row {row} ({name}): the "{column}" cell is blank. A blank in a filed table does not mean "as the baseline": the reader sees nothing there. Ask the sender to fill it in and file again',
    },
    mark: {
      zh: '{where}第{row}行（{name}）的“{column}”一栏写的是“{text}”，既不是勾选（√ ✓ ● 是）也不是空白或“×”“否”，也不是写明的公开对象、方式、层级：无法确定是否勾选，按未勾选读。请要求报送单位用 √ 或空白重新填写后重新报送',
      en: '{where}row {row} ({name}): the "{column}" cell says "{text}", which is neither a tick (√ ✓ ● 是) nor a blank or a no (× 否), nor a plain value: it is read as not ticked. Ask the sender to mark it with √ or leave it blank, and file again',
    },
    split: {
      zh: '{where}第{row}行（{name}）的事项名称合并了下面一行，下面一行的“{column}”写的是“{text}”，与上面一行不同：一个事项有两个不同的值，无法确定备案的是哪一个。请要求报送单位改成一个值后重新报送',
      en: '{where}row {row} ({name}): the item spans the row below, whose "{column}" says "{text}", unlike this row: one item with two values, neither can be taken. Ask the sender to keep one and file again',
    },
    column: {
      zh: '{where}第{row}行（表头）第{column}列“{label}”认不出是哪个要素，这一列的内容没有核验。请要求报送单位按公开内容、公开依据、公开时限、公开主体、公开渠道、公开对象、公开方式、公开层级写表头后重新报送',
      en: '{where}row {row} (the header), column {column} "{label}" is not recognised as an element, so what it says is not verified. Ask the sender to head the columns 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道, 公开对象, 公开方式, 公开层级 and file again',
    },
    twice: {
      zh: '{where}第{row}行（表头）第{column}列“{label}”与前面的一列是同一要素，两列可能写得不一样，无法确定备案的是哪一列。请要求报送单位合并成一列后重新报送',
      en: '{where}row {row} (the header), column {column} "{label}" repeats an element of an earlier column; the two may say different things. Ask the sender to merge them into one column and file again',
    },
    missing: {
      zh: '{where}第{row}行（表头）没有“{column}”一栏：备案表格没有写出各事项的{column}，不能当作“沿用市级目录”，这一要素无法核验。请要求报送单位在表格中加上“{column}”一栏、逐项写明后重新报送',
      en: '{where}row {row} (the header) has no "{column}" column: the filed table does not show any item\'s {column}, which does not mean "as the baseline" and cannot be verified. Ask the sender to add a "{column}" column, fill it in for every item, and file again',
    },
    missingTicks: {
      zh: '{where}第{row}行（表头）没有“{column}”一栏，也没有它的勾选栏（{values}）：备案表格没有写出各事项的{column}，不能当作“沿用市级目录”，这一要素无法核验。请要求报送单位在表格中加上“{column}”一栏或勾选栏、逐项写明后重新报送',
      en: '{where}row {row} (the header) has no "{column}" column nor tick columns for it ({values}): the filed table does not show any item\'s {column}, which does not mean "as the baseline" and cannot be verified. Ask the sender to add a "{column}" column or its tick columns, fill them in for every item, and file again',
    },
    row: {
      zh: '{where}第{row}行（{name}）与{other}是同一个事项，表中写了两遍，两行可能写得不一样，无法确定备案的是哪一行。请要求报送单位删去多余的一行后重新报送',
      en: '{where}row {row} ({name}) is the same item as {other}: the table lists it twice, perhaps differently. Ask the sender to delete the extra row and file again',
    },
  },
});
