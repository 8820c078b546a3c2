/** The category and item parts of a scaffold: the full restatement, the list of the baseline's ids, the examples. */
import { STANDARD_CHANNELS } from '../validate/channels.js';
import type { Catalogue, Category, Item } from '../model/index.js';
import type { InitAnswers } from './answers.js';
import { aligned, chineseNumber, field, scalar, type Commented } from './yaml-text.js';

/** One item with all nine elements (and its note), as a block-style list entry at `indent`. */
function itemLines(item: Item, indent: number): string[] {
  const inner = indent + 2;
  const lines = [
    `${' '.repeat(indent)}- id: ${item.id}`,
    ...field(inner, 'name', item.name),
    ...field(inner, 'content', item.content),
    ...field(inner, 'basis', item.basis),
    ...field(inner, 'timeLimit', item.timeLimit),
    ...field(inner, 'subject', item.subject),
    ...field(inner, 'channel', item.channel),
    ...field(inner, 'audience', item.audience),
    ...field(inner, 'method', item.method),
    ...field(inner, 'level', item.level),
  ];
  return item.note !== undefined ? [...lines, ...field(inner, 'note', item.note)] : lines;
}

/** Every category of the parent with every item restated, numbered like the printed table (一、二、…). */
export function fullCategoryLines(parent: Catalogue): string[] {
  const out: string[] = [];
  parent.categories.forEach((c: Category, i) => {
    if (i > 0) out.push('');
    out.push(`  # ${chineseNumber(i + 1)}、${c.name}`, `  - id: ${c.id}`, ...field(4, 'name', c.name), '    items:');
    for (const item of c.items) out.push(...itemLines(item, 6));
  });
  return out;
}

/** The parent's ids and names, indented as a tree, for the comment that tells staff what they can refer to. */
export function parentIndexLines(parent: Catalogue): string[] {
  return parent.categories.flatMap((c) => [`  ${c.id}  ${c.name}`, ...c.items.map((i) => `    ${i.id}  ${i.name}`)]);
}

/** A channel the item lacks, to show how a list is extended (the whole list, plus one). */
function extraChannel(item: Item, kind: InitAnswers['kind']): string {
  const preferred = kind === 'school' ? ['学校公告栏', '学校网站', '政务公开栏'] : ['政务新媒体', '政务公开栏', '融媒体中心'];
  return [...preferred, ...STANDARD_CHANNELS].find((c) => !item.channel.includes(c)) ?? '其他:本单位公开栏';
}

/** Example: a parent item whose channel list is extended (written out in full, plus one). */
function changedItemExample(parent: Catalogue, a: InitAnswers): Commented[] {
  const category = parent.categories.find((c) => c.items.length > 0);
  const item = category?.items[0];
  if (!category || !item) return [];
  return [
    [`  - id: ${category.id}`, `上级目录已有的一级事项（${category.name}）：写它的标识，名称可以不写`],
    ['    items:'],
    [`      - id: ${item.id}`, `上级目录已有的二级事项（${item.name}）：只写要改的要素`],
    ['        channel:', '列表要写全：上级目录已有的渠道都保留，再加上新的'],
    ...[...item.channel, extraChannel(item, a.kind)].map((c): Commented => [`          - ${scalar(c)}`]),
  ];
}

/** The nine elements of the example new item, for a county or a school. */
function newItemElements(a: InitAnswers): {
  category: [string, string];
  item: [string, string];
  content: string[];
  basis: string[];
  timeLimit: string;
  channel: string[];
  audience: string;
  level: string;
} {
  return a.kind === 'school'
    ? {
        category: [`${a.id}.school-affairs`, '校务管理'],
        item: [`${a.id}.schedule`, '学校作息时间'],
        content: ['作息时间表', '节假日放假安排'],
        basis: ['《教育部关于推进中小学信息公开工作的意见》'],
        timeLimit: '信息形成或者变更之日起5个工作日内',
        channel: ['学校网站', '学校公告栏'],
        audience: '全社会',
        level: '校级',
      }
    : {
        category: [`${a.id}.after-school`, '课后服务'],
        item: [`${a.id}.after-school-plan`, '课后服务实施方案'],
        content: ['服务内容和形式', '服务时间', '学生自愿参加办法'],
        basis: ['《中华人民共和国政府信息公开条例》'],
        timeLimit: '信息形成或者变更之日起20个工作日内',
        channel: ['政府网站', '政务新媒体'],
        audience: '全社会',
        level: '县级',
      };
}

/** Example: a new category with one new item carrying all nine elements, each with its meaning. */
function newCategoryRows(a: InitAnswers): Commented[] {
  const e = newItemElements(a);
  const entries = (list: readonly string[]): Commented[] => list.map((x) => [`          - ${scalar(x)}`]);
  return [
    [`  - id: ${e.category[0]}`, `新增的一级事项：标识建议以“${a.id}.”开头，名称必须写`],
    [`    name: ${e.category[1]}`],
    ['    items:'],
    [`      - id: ${e.item[0]}`, '新增的二级事项：九项要素都要写'],
    [`        name: ${e.item[1]}`, '1 事项名称'],
    ['        content:', '2 公开内容，每条一行'],
    ...entries(e.content),
    ['        basis:', '3 公开依据（法律、法规、文件，带书名号）'],
    ...entries(e.basis),
    [`        timeLimit: ${e.timeLimit}`, '4 公开时限'],
    [`        subject: ${scalar(a.issuer)}`, '5 公开主体'],
    ['        channel:', '6 公开渠道和载体，尽量用标准名称（编辑器会提示）'],
    ...entries(e.channel),
    [`        audience: ${e.audience}`, '7 公开对象：全社会 或 特定群体，也可写 [全社会, 特定群体]'],
    ['        method: 主动', '8 公开方式：主动 或 依申请，也可写 [主动, 依申请]'],
    [`        level: ${e.level}`, '9 公开层级：市级、县级、乡级、校级，可写多个，如 [县级, 乡级]'],
    ['        note: 由各学校同步公示', '备注：可以不写'],
  ];
}

/** The new-category example alone, aligned (the full scaffold comments it out inside its list). */
export function newCategoryExample(a: InitAnswers): string[] {
  return aligned(newCategoryRows(a));
}

/** The example block of a minimal scaffold: `categories:` with a changed and a new entry. */
export function minimalExample(parent: Catalogue, a: InitAnswers): string[] {
  return aligned([['categories:'], ...changedItemExample(parent, a), ...newCategoryRows(a)]);
}
