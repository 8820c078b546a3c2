/** The words of `catalog import` (help, errors, the mapping report) in zh and en. */
import { textLookup, type TextData } from '../model/index.js';

const TEXTS = {
  'cmd': {
    zh: '把已有的目录表格（Word .docx、Excel .xlsx、网页 .html、.csv）导入为目录文件：对照市级目录逐行匹配，只写出差异，然后检查',
    en: 'import an existing catalogue table (Word .docx, Excel .xlsx, web page .html, .csv) as a catalogue file: each row is matched to the baseline, only differences are written, then it is checked',
  },
  'arg': { zh: '要导入的表格文件', en: 'the table file to import' },
  'opt.extends': { zh: '对照的上级目录', en: 'the catalogue to match against' },
  'opt.out': { zh: '输出文件，默认 catalogues/<标识>.yaml', en: 'output file; default catalogues/<id>.yaml' },
  'opt.map': {
    zh: '指定某一行对应的事项：行号=事项编号（new 表示新增事项），可写多个',
    en: 'settle a row: ROW=ITEM-ID (new for an added item); may be repeated',
  },
  'opt.id': { zh: '目录标识（默认取输出文件名）', en: 'catalogue id (default: the output file name)' },
  'opt.region': { zh: '所属县(市)区（默认从表格标题中取）', en: 'the county (default: from the table title)' },
  'opt.dryRun': { zh: '只显示匹配结果，不写文件', en: 'show the mapping only; write nothing' },
  'err.format': {
    zh: '无法导入“{file}”：只能导入 .docx、.xlsx、.html、.csv 文件',
    en: 'Cannot import "{file}": only .docx, .xlsx, .html and .csv files can be imported',
  },
  'err.oldBinary': {
    zh: '“{file}”是旧的 {kind} 二进制格式，无法直接读取。请用 {app} 打开，选“文件 → 另存为”，保存类型选“{target}”，再导入另存的文件',
    en: '"{file}" is in the old binary {kind} format, which cannot be read. Open it in {app}, choose File → Save As, pick "{target}" as the type, and import the saved file',
  },
  'err.encrypted': {
    zh: '“{file}”设置了打开密码（已加密），无法读取。请在 Word/WPS/Excel 中打开，“文件 → 信息 → 保护文档 → 用密码进行加密”，清空密码后保存，再导入',
    en: '"{file}" is password-protected (encrypted) and cannot be read. Open it, remove the password (File → Info → Protect → Encrypt with Password, clear it), save, and import again',
  },
  'err.corrupt': {
    zh: '“{file}”不是有效的 {kind} 文件（{reason}）。请用 Word/WPS/Excel 打开后重新保存',
    en: '"{file}" is not a valid {kind} file ({reason}). Open it and save it again',
  },
  'err.altChunk': {
    zh: '“{file}”中有从其他文件并入的内容（altChunk：{target}），Word 打开时显示，程序无法读取。请在 Word 中打开后另存为新的 .docx 文件（并入的内容会成为正文），再报送或导入',
    en: '"{file}" pulls in content from another file (altChunk: {target}), which Word shows when it opens the document but which cannot be read. Open it in Word, save it as a new .docx (the content becomes part of the body), and file or import that',
  },
  'err.noTable': {
    zh: '“{file}”中没有找到表格。目录应当是一张表格（每个事项一行），而不是段落文字',
    en: 'No table found in "{file}". The catalogue must be a table (one row per item), not paragraphs',
  },
  'err.columns': {
    zh: '“{file}”{where}的列无法识别：表头是“{cells}”。至少需要“事项名称”（或“二级事项”“公开事项”）一列，以及公开内容、公开依据、公开时限等列中的几列',
    en: 'The columns of {where} in "{file}" cannot be identified: the header reads "{cells}". A column for the item name (事项名称 / 二级事项 / 公开事项) is needed, and some of 公开内容, 公开依据, 公开时限 …',
  },
  'err.noRows': { zh: '“{file}”的表格只有表头，没有事项', en: 'The table in "{file}" has a header but no items' },
  'err.mapSyntax': {
    zh: '--map 应写成 行号=事项编号（如 --map 12=enrollment.plan 或 --map 12=new），而不是“{value}”',
    en: '--map must be ROW=ITEM-ID (e.g. --map 12=enrollment.plan or --map 12=new), not "{value}"',
  },
  'err.mapRow': { zh: '--map {row}=…：表格中没有第 {row} 行的事项', en: '--map {row}=…: no item on row {row} of the table' },
  'err.mapId': { zh: '--map {row}={id}：上级目录中没有事项“{id}”', en: '--map {row}={id}: the baseline has no item "{id}"' },
  'err.extends': { zh: '找不到上级目录“{spec}”：{detail}', en: 'Cannot find the baseline "{spec}": {detail}' },
  'err.badOut': { zh: '输出文件应以 .yaml 结尾：{path}', en: 'The output file must end in .yaml: {path}' },
  'err.exists': {
    zh: '“{path}”已存在。加 --force 覆盖，或用 -o 另写一个文件',
    en: '"{path}" exists. Add --force to overwrite it, or write another file with -o',
  },
  'err.badId': {
    zh: '目录标识“{id}”不合规：只能用小写英文字母、数字和连字符，以字母开头。请用 --id 或 -o 指定（如 -o catalogues/yanjin.yaml）',
    en: 'The catalogue id "{id}" is not valid: lower-case letters, digits and hyphens, starting with a letter. Give --id or -o (e.g. -o catalogues/yanjin.yaml)',
  },
  'map.title': {
    zh: '{where}：{rows} 行事项，对应上级目录 {mapped} 项，新增 {added} 项，表中缺少 {missing} 项',
    en: '{where}: {rows} item rows, {mapped} matched to the baseline, {added} added, {missing} missing from the table',
  },
  'map.row': { zh: '  第{row}行  {name}  →  {target}  {confidence}', en: '  row {row}  {name}  →  {target}  {confidence}' },
  'map.new': { zh: '（新增）', en: '(added)' },
  'map.uncertain': {
    zh: '以下 {n} 行的对应关系不确定，请核对；如有不对，用 --map 行号=事项编号 指定（new 表示新增事项）：',
    en: '{n} row(s) are uncertain; check them and settle with --map ROW=ITEM-ID (new for an added item):',
  },
  'map.candidate': { zh: '  第{row}行  {name}：可能是 {candidates}', en: '  row {row}  {name}: perhaps {candidates}' },
  'map.missing': { zh: '表中没有的上级事项（写入 remove:）：{items}', en: 'Baseline items not in the table (written to remove:): {items}' },
  'done': {
    zh: '已写入 {path}（一级事项 {categories} 个，二级事项 {items} 个）。检查结果：',
    en: 'Wrote {path} ({categories} categories, {items} items). Check:',
  },
  'dry': { zh: '（--dry-run：未写文件）检查结果：', en: '(--dry-run: nothing written) Check:' },
  'hidden.vanish': { zh: '设为隐藏的文字', en: 'text formatted as hidden' },
  'hidden.colour': { zh: '白色或与底色相同颜色的文字', en: 'text coloured white or like its background' },
  'hidden.tiny': { zh: '字号极小（小于 4 磅）或压缩得看不见的文字', en: 'text in tiny type (under 4 pt) or squeezed out of sight' },
  'hidden.row': { zh: '隐藏的行', en: 'a hidden row' },
  'hidden.column': { zh: '隐藏的列或窄得放不下一个字的列', en: 'a hidden column, or one too narrow to show a character' },
  'hidden.deleted': { zh: '未处理的修订（已删除但仍保留）', en: 'a tracked deletion not yet accepted' },
  'hidden.inserted': { zh: '未接受的修订（插入）', en: 'a tracked insertion not yet accepted' },
  'hidden.note': { zh: '批注或脚注', en: 'a comment or footnote' },
  'hidden.format': {
    zh: '不显示内容或改变显示内容的数字格式、条件格式或样式',
    en: 'a number format, conditional format or style that shows nothing or something else',
  },
  'hidden.strike': { zh: '加了删除线的文字（读者看到的是划掉的）', en: 'struck-through text (the reader sees it crossed out)' },
  'hidden.shape': {
    zh: '单元格中的图片、图形或文本框（可能遮住文字，其中的字不读）',
    en: 'a picture, shape or text box in a cell (it may cover the text; its words are not read)',
  },
  'hidden.formula': {
    zh: '公式或域（程序读的是文件中保存的结果，打开时重新计算后显示的可能不同；请把公式、域转换为文字）',
    en: 'a formula or field (the result stored in the file is read; opened and recalculated it may show something else; convert it to plain text)',
  },
  'hidden.bidi': {
    zh: '从右向左排列的文字（读者看到的字序与文件中保存的相反，如“站网府政”）',
    en: 'right-to-left text (the reader sees the characters in another order than the file stores, e.g. 站网府政)',
  },
  'hidden.clipped': {
    zh: '行高固定、单元格放不下而不显示的文字（请把行高设为自动或“最小值”）',
    en: 'text cut off by a fixed row height the cell does not fit in (let the row grow: an automatic or "at least" height)',
  },
  'hidden.bound': {
    zh: '绑定到自定义 XML 数据的内容控件（Word 打开时换成所绑定的数据，显示的与文件中保存的不同；请删除内容控件，保留文字）',
    en: 'a content control bound to custom XML data (Word shows the bound data instead of what the file stores; remove the content control and keep the text)',
  },
  'hidden.background': {
    zh: '工作表背景图片上的文字（背景图片可能使文字看不清或画出别的字；请删除工作表背景，需要底色时用单元格填充色）',
    en: 'text over a sheet background picture (the picture may make it unreadable or paint other words; remove the sheet background, and fill the cells where a colour is wanted)',
  },
  'hidden.symbol': {
    zh: '符号字体（Wingdings、Symbol 等）或插入的符号（读者看到的是符号字体画出的图形，如 ü 显示为勾，与文件中保存的字不同；请改用宋体等普通字体的 √ 或文字）',
    en: 'a symbol font (Wingdings, Symbol …) or an inserted symbol (the reader sees the picture the font draws, e.g. ü as a tick, not the character the file stores; use √ or words in an ordinary font)',
  },
  'hidden.indent': {
    zh: '段落缩进把文字推出单元格的文字（负缩进、悬挂缩进或缩进超过单元格宽度，文字画到相邻单元格或页面外；请把缩进设为 0）',
    en: 'text an indent pushes out of its cell (a negative or hanging indent, or indents wider than the cell: it is drawn over the next cell or off the page; set the indents to 0)',
  },
  'hidden.numbering': {
    zh: '编号或项目符号中的文字（列表级别的编号文本写了字，如“（已停用）”，显示在段落前面，却不在正文中；请取消编号，把要写的字直接写进单元格）',
    en: 'words in a list number or bullet (the list level\'s number text holds words such as "（已停用）", shown before the paragraph but not in its text; remove the numbering and type the words into the cell)',
  },
  'hidden.moved': {
    zh: '上移或下移出所在行的文字（字符位置 w:position 把文字移到别的行、别的单元格或表格外；请把“字符间距 → 位置”设为标准）',
    en: 'text raised or lowered out of its line (w:position moves it onto another line, another cell or off the table; set the character position to normal)',
  },
  'hidden.overlay': {
    zh: '页眉、页脚或正文中浮动放置、可能盖在表格上的图形、文本框、图文框或浮动表格（读者看到的是它，而不是它盖住的单元格；请删除，或改为嵌入型放在表格外）',
    en: 'a floating shape, text box, frame or floating table from the header, footer or text that may lie over the table (the reader sees it, not the cells under it; delete it, or put it in line with the text outside the table)',
  },
  'warn.hidden': {
    zh: '警告：{where}第{row}行（{name}）有读者看不到的内容：{how}“{text}”，未导入。请去掉隐藏格式、接受或拒绝修订后再导入',
    en: 'Warning: {where}row {row} ({name}) carries content a reader does not see: {how} "{text}"; not imported. Remove the hidden formatting, accept or reject the tracked changes, and import again',
  },
  'warn.declarationListed': {
    zh: '警告：正文中的偏离声明“{text}”称未列入的事项仍列在本表中，未写入 deviations:。表中对它的删减或放宽须逐项以“调整二级事项“…”的…”声明',
    en: 'Warning: the declaration "{text}" in the text says an item or category is not listed, but this table lists it; not written to deviations:. Declare each change to it as 调整二级事项“…”的…',
  },
  'warn.declarationId': {
    zh: '警告：正文中的偏离声明“{text}”用编号指称事项，读者看不出它指哪一项，未写入 deviations:。请写明一级事项或二级事项的名称',
    en: 'Warning: the declaration "{text}" in the text names an item by its id, which a reader does not read as the item; not written to deviations:. Write the item or category name',
  },
  'warn.declaration': {
    zh: '警告：正文中的偏离声明“{text}”没有对应上级目录或本表中的事项或要素，未写入 deviations:。请核对事项名称和要素名称',
    en: 'Warning: the declaration "{text}" in the text names no item or element of the baseline or of this table; not written to deviations:. Check the names',
  },
  'warn.hiddenKept': {
    zh: '警告：{where}第{row}行（{name}）有读者可能看不到或看不全的内容：{how}“{text}”，已照原样导入，请对照原表核对。报送备案时 catalog verify 会拒绝这样的表格（hidden-content 错误），请改正原表后再导入',
    en: 'Warning: {where}row {row} ({name}) carries content a reader may not see, or not whole: {how} "{text}"; imported as it stands, check it against the original. catalog verify refuses such a table when it is filed (hidden-content): correct the original and import again',
  },
  'warn.missingColumn': {
    zh: '警告：{where}第{row}行（表头）没有“{columns}”一栏，表中各事项的这些要素按上级目录填写（原表没有写出）。请核对；报送备案时表格须有九要素的每一栏（catalog verify 会报 unreadable-cell 错误）',
    en: 'Warning: {where}row {row} (the header) has no column for {columns}; every item takes these elements from the baseline (the table does not show them). Check them; a filed table needs a column for each of the nine elements (catalog verify reports unreadable-cell)',
  },
  'comment.row': { zh: '原表{where}第{row}行', en: 'row {row} of {where} in the original table' },
  'comment.missing': { zh: '原表中没有此事项（{name}）', en: 'not in the original table ({name})' },
  'comment.declared': { zh: '原文件正文中的声明：{text}', en: 'declared in the text of the original file: {text}' },
  'comment.header': { zh: '由 catalog import 从“{file}”导入', en: 'imported by catalog import from "{file}"' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ImportTextId = keyof typeof TEXTS;

/** A text of this table in the given language with `{slot}`s filled. */
export const it = textLookup(TEXTS);

/** Bad input the user must fix: the CLI prints it (exit 2); verify turns it into a finding. */
export class ImportError extends Error {
  constructor(
    readonly textId: ImportTextId,
    readonly data: TextData,
  ) {
    super(textId);
  }
}
