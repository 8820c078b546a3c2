/** `catalog init`'s product: the text of a new catalogue that extends a baseline, with guidance in Chinese. */
import { dirname, isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalogue } from '../model/index.js';
import type { InitAnswers } from './answers.js';
import { fullCategoryLines, minimalExample, newCategoryExample, parentIndexLines } from './scaffold-items.js';
import { aligned, commented, scalar, type Commented } from './yaml-text.js';
import { slashed } from '../util/shown-path.js';

export interface ScaffoldInput {
  readonly answers: InitAnswers;
  /** The resolved catalogue named by `extends`. */
  readonly parent: Catalogue;
  /** What goes after `$schema=`: see `schemaReference`. */
  readonly schemaRef: string;
  /** Restate every parent item with all nine elements. */
  readonly full: boolean;
  /** The new file as the user will type it in commands (e.g. catalogues/weihui.yaml). */
  readonly displayPath: string;
  /** The year for the 发文字号 examples (the clock is the caller's). */
  readonly year: number;
}

/** The `$schema` reference from the file at `outFile` to `schemaFile`: relative with `/`, or a file URL across drives. */
export function schemaReference(outFile: string, schemaFile: string): string {
  const rel = relative(dirname(outFile), schemaFile);
  if (isAbsolute(rel)) return pathToFileURL(schemaFile).href;
  return slashed(rel);
}

function headerLines(s: ScaffoldInput): string[] {
  const { answers: a, parent } = s;
  const base = `“${parent.title}”（${a.extends}）`;
  const how = [
    `# 本文件由 catalog init 生成，依据的上级目录是${base}。`,
    a.kind === 'county'
      ? '# 县(市)区目录在上级目录基础上“只增不减”：没有写到的一级事项、二级事项自动原样继承，不会丢失。'
      : '# 学校目录在上级目录基础上结合学校实际自行增减：没有写到的一级事项、二级事项自动原样继承，不会丢失。',
  ];
  const full = s.full ? ['# 上级目录的全部事项连同九项要素都已写在下面，可以直接在原处修改；与上级目录相同的内容检查时不会有任何提示。'] : [];
  return [
    `# yaml-language-server: $schema=${s.schemaRef}`,
    '#',
    `# ${a.title}`,
    '#',
    ...how,
    ...full,
    '# · 以“#”开头的行是说明，不起作用；去掉行首的“# ”就成为有效内容。',
    '# · 缩进只用空格（不要用 Tab 键），同一层的内容左侧对齐。',
    `# · 改完后运行 catalog check ${s.displayPath} 检查，按提示修改；没有错误后运行`,
    `#   catalog build ${s.displayPath} 生成印发通知和备案报告。`,
    '# · 用 VS Code 编辑时，鼠标停在键名上会显示中文说明，输入时会提示可以填写的值（见 docs/editor.md）。',
    '',
  ];
}

function topLines(a: InitAnswers): string[] {
  return [
    '# 目录标识：小写英文字母、数字和连字符，以字母开头，在所有目录中唯一',
    `id: ${a.id}`,
    '# 目录类别：county 县(市)区目录，school 学校校务公开目录',
    `kind: ${a.kind}`,
    '# 所属县(市)区或学校',
    `region: ${scalar(a.region)}`,
    '# 目录标题：印发通知和网页中使用',
    `title: ${scalar(a.title)}`,
    '# 发文机关：公文的发文机关和落款',
    `issuer: ${scalar(a.issuer)}`,
    '# 依据的上级目录：名称@版本（如 xinxiang@2020），或上级目录文件的相对路径（如 ../weihui.yaml）',
    `extends: ${scalar(a.extends)}`,
    '',
  ];
}

/** The 公文 metadata, commented out, with examples made from the region and issuer. */
function documentLines(s: ScaffoldInput): string[] {
  const { answers: a, parent, year } = s;
  const short = `${[...a.region][0] ?? ''}${a.kind === 'county' ? '教' : '校'}`;
  const level = /[市县区]$/.exec(a.region)?.[0] ?? '市';
  const recipients = a.kind === 'county' ? ['各乡镇中心学校', `${level}直各学校`] : ['学校各处室', '各年级组'];
  return [
    '# 公文信息：生成印发通知和备案报告时使用，都可以不填（不填的在公文中留空）。',
    '# 需要时去掉行首的“# ”，改成本单位的实际内容：',
    ...commented(
      aligned([
        ['document:'],
        [`  number: ${short}〔${year}〕1号`, '印发通知的发文字号，年份用六角括号〔〕'],
        [`  filingNumber: ${short}〔${year}〕2号`, '备案报告的发文字号'],
        ['  signer: 张三', '签发人'],
        [`  date: ${year}-01-01`, '成文日期：年-月-日'],
        ['  recipients:', '主送机关'],
        ...recipients.map((r): Commented => [`    - ${r}`]),
        ['  copyTo:', '抄送机关'],
        [`    - ${scalar(parent.issuer)}`],
        [`  printedBy: ${scalar(`${a.issuer}办公室`)}`, '印发机关'],
        ['  contact:', '联系人和电话（写在公文附注中）'],
        ['    name: 李四'],
        ['    phone: 0373-0000000'],
      ]),
    ),
    '',
  ];
}

/** How to leave a parent entry out: a county must give its reason, a school need not. */
function removeLines(parent: Catalogue, a: InitAnswers): string[] {
  const ids = new Set(parent.categories.flatMap((c) => [c.id, ...c.items.map((i) => i.id)]));
  const last = parent.categories.at(-1);
  if (a.kind === 'school') {
    const target = ids.has('private') ? 'private' : (last?.id ?? 'private');
    return [
      '# 删减事项：学校目录可以结合学校实际，删去上级目录中与本校无关的一级事项或二级事项（检查时只作提示）。',
      '# 把要删去的标识写进 remove，例如：',
      ...commented(['remove:', `  - ${target}`]),
      '',
    ];
  }
  const target = ids.has('private.supervision') ? 'private.supervision' : (last?.items.at(-1)?.id ?? 'private.supervision');
  const reason = target === 'private.supervision' ? `本${a.region.slice(-1)}无民办义务教育学校，该事项暂无信息可公开` : '写明不能公开或暂无信息可公开的理由';
  return [
    '# 删减事项：县(市)区目录原则上“只增不减”。确需去掉上级目录的某个事项时，把它的标识写进 remove，',
    '# 并在 deviations 中写明理由，否则检查会报错；说明过的例外仍会在检查结果和备案报告中列出。',
    '# 对某项要素的例外（如去掉一个公开渠道）写成“事项标识#要素”，如 enrollment.plan#channel。',
    ...commented(
      aligned([
        ['remove:'],
        [`  - ${target}`],
        ['deviations:'],
        [`  - target: ${target}`],
        [`    reason: ${reason}`],
        ['    ref: 新教〔2020〕88号', '可选：市教育局同意的文件文号'],
      ]),
    ),
    '',
  ];
}

function categoryGuidance(s: ScaffoldInput): string[] {
  const { answers: a } = s;
  const common = [
    '# 九项要素：name 事项名称、content 公开内容、basis 公开依据、timeLimit 公开时限、subject 公开主体、',
    '#   channel 公开渠道和载体、audience 公开对象（全社会/特定群体）、method 公开方式（主动/依申请）、',
    '#   level 公开层级（市级/县级/乡级/校级），另可写 note 备注。一条或多条都写成“- ”开头的列表。',
  ];
  if (s.full) {
    return [
      '# 一级事项和二级事项（categories）：上级目录的全部内容，可在原处修改。',
      a.kind === 'county'
        ? '# · 县(市)区目录“只增不减”：列表中原有的条目不要删，可以增加；公开主体可改为本单位名称（只作提示）。'
        : '# · 学校目录可以增减；整个删去某个事项请用上面的 remove，不要只删掉这里的文字（删掉的事项会原样继承）。',
      `# · 新增二级事项：写在所属一级事项的 items 下，标识建议以“${a.id}.”开头，九项要素都要写。`,
      '# · 新增一级事项：写在最后，见文件末尾的例子。',
      ...common,
    ];
  }
  return [
    '# 一级事项和二级事项（categories）：只写新增的事项和要改动的要素。',
    '# · 改动上级目录已有的二级事项：写出所在一级事项的标识、它的标识和要改的要素，没写的要素沿用上级目录。',
    '#   公开内容、依据、渠道、层级要写全：上级目录已有的条目不能去掉。',
    `# · 新增二级事项：写在所属一级事项下，标识建议以“${a.id}.”开头，九项要素都要写。`,
    '# · 新增一级事项：写标识、名称（name）和其下的二级事项（items）。',
    ...common,
    '#',
    `# 上级目录（${a.extends}）现有的一级事项和二级事项（标识  名称）：`,
    ...commented(parentIndexLines(s.parent)),
    '#',
    '# 例子（需要时去掉行首的“# ”，改成本单位的内容；用不到的例子可以删掉）：',
  ];
}

/** The whole file. */
export function scaffoldCatalogue(s: ScaffoldInput): string {
  const lines = [...headerLines(s), ...topLines(s.answers), ...documentLines(s), ...removeLines(s.parent, s.answers), ...categoryGuidance(s)];
  if (s.full) {
    lines.push('categories:', ...fullCategoryLines(s.parent), '', '  # 新增一级事项的例子（需要时去掉行首的“# ”）：');
    lines.push(...newCategoryExample(s.answers).map((l) => `  # ${l.slice(2)}`));
  } else {
    lines.push(...commented(minimalExample(s.parent, s.answers)));
  }
  return lines.join('\n') + '\n';
}
