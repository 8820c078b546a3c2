/** The notice's layout blocks (src/model/layout.ts) as a Typst document with GB/T 9704 geometry: the benchmark's peer. */

const FONT = { title: '"Noto Serif SC"', song: '"Noto Serif SC"', fang: '"Noto Serif SC"', hei: '"Noto Sans S Chinese"', kai: '"LXGW WenKai"' };
const WEIGHT = { title: 'weight: "bold", ' };

/** A Typst string literal, set as text where it stands in markup. */
export const str = (s) => `"${String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
const text = (s, role = 'fang', extra = '') => `#text(font: ${FONT[role]}, ${WEIGHT[role] ?? ''}${extra})[#${str(s)}]`;

/** One block of the body as Typst markup. */
function block(b) {
  switch (b.kind) {
    case 'masthead':
      return `#v(35mm - 28.95pt)\n#align(center, text(font: ${FONT.title}, weight: "bold", size: 36pt, fill: red)[#${str(b.text)}])\n#v(28.95pt)`;
    case 'docNumber':
      return `#align(center)[#${str(b.number ?? '')}]`;
    case 'redLine':
      return '#v(4mm - 12.95pt)\n#line(length: 100%, stroke: 0.35mm + red)\n#v(28.95pt)';
    case 'title':
      return `#align(center, block(text(font: ${FONT.title}, weight: "bold", size: 22pt)[${b.lines.map((l) => `#${str(l)}`).join(' \\\n')}]))\n#v(28.95pt)`;
    case 'recipients':
      return `#par(first-line-indent: 0pt)[#${str(b.text)}]`;
    case 'paragraph':
      return `#par[${b.runs.map((r) => (r.role === 'fang' ? `#${str(r.text)}` : text(r.text, r.role))).join('')}]`;
    case 'attachmentNote':
      return `#v(28.95pt)\n#par[#${str(`${b.label}：`)}${b.items.map((i) => `#${str(i)}`).join(' \\\n')}]`;
    case 'signature':
      return `#v(2 * 28.95pt)\n#align(right)[#${str(b.issuer)}#h(2em) \\\n#${str(b.date)}#h(4em)]`;
    case 'annotation':
      return `#par[#${str(b.text)}]`;
    default:
      return '';
  }
}

/** The 附件 table: two repeated header rows, one row group per 一级事项 with its name cell spanning the group. */
function table(t) {
  const cols = t.columns.map((c) => `${c.width}mm`).join(', ');
  const header = t.header
    .flat()
    .map((h) => `table.cell(colspan: ${h.colSpan}, rowspan: ${h.rowSpan})[${text(h.text, 'hei')}]`)
    .join(',\n    ');
  const catAt = t.columns.findIndex((c) => c.key === 'category');
  const cell = (c) =>
    `table.cell(align: ${c.align === 'center' ? 'center + horizon' : 'left + horizon'})[${c.lines.map((l) => `#${str(l)}`).join(' \\\n') || ' '}]`;
  const rows = t.groups.flatMap((g) =>
    g.rows.map((r, i) => {
      const cells = r.cells.map(cell);
      if (i === 0) cells.splice(catAt, 0, `table.cell(rowspan: ${g.rows.length}, align: center + horizon)[#${str(g.categoryName)}]`);
      return cells.join(', ');
    }),
  );
  return [
    '#set text(size: 10.5pt)',
    '#set par(first-line-indent: 0pt, leading: 0.3em, justify: false)',
    `#table(columns: (${cols}), stroke: 0.5pt, inset: 1mm, align: center + horizon,`,
    `  table.header(repeat: true,\n    ${header}),`,
    ...rows.map((r) => `  ${r},`),
    ')',
  ].join('\n');
}

/** The whole document: portrait body, landscape 附件, and the 版记 at the foot of a last portrait page. */
export function typstNotice(doc, attachments) {
  const { info, attachment, colophon } = doc;
  const [y, m, d] = info.date.split('-').map(Number);
  const footer = 'context align(if calc.odd(here().page()) { right } else { left }, text(size: 14pt)[— #counter(page).display() —])';
  const parts = [
    `#set document(title: ${str(info.title)}, author: ${str(info.author)}, keywords: (${info.keywords.map(str).join(', ')}), date: datetime(year: ${y}, month: ${m}, day: ${d}))`,
    `#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm), footer-descent: 7mm, footer: ${footer})`,
    `#set text(font: ${FONT.fang}, size: 16pt, lang: "zh", region: "cn", top-edge: 0.88em, bottom-edge: -0.12em)`,
    '#set par(leading: 12.95pt, spacing: 12.95pt, first-line-indent: (amount: 2em, all: true), justify: true)',
    ...attachments.map(
      (a) =>
        `#pdf.attach(${str(a.name)}, read(${str(a.path)}, encoding: none), relationship: ${str(a.rel)}, mime-type: ${str(a.mime)}, description: ${str(a.description)})`,
    ),
    ...doc.body.map(block),
    `#set page(flipped: true, margin: (top: 28mm, bottom: 26mm, left: 37mm, right: 35mm))`,
    `#pagebreak(weak: true)`,
    `#par(first-line-indent: 0pt)[${text(attachment.label, 'hei')}]`,
    `#v(28.95pt)\n#align(center, text(font: ${FONT.title}, weight: "bold", size: 22pt)[#${str(attachment.title)}])\n#v(14pt)`,
    table(attachment.table),
  ];
  if (colophon) {
    const lines = [colophon.copyTo ? `抄送：${colophon.copyTo}` : undefined, `${colophon.printedBy ?? ''}#h(1fr)${colophon.printDate}`].filter(Boolean);
    parts.push(
      '#set page(flipped: false, margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm))',
      '#pagebreak(to: "even")',
      '#set text(size: 14pt)\n#set par(first-line-indent: 0pt)\n#v(1fr)\n#line(length: 100%, stroke: 0.35mm)',
      lines
        .map((l) => `#h(1em)${l.startsWith('抄送') ? `#${str(l)}` : l.replace(/^([^#]*)#h\(1fr\)(.*)$/, (_, a, b) => `#${str(a)}#h(1fr)#${str(b)}`)}#h(1em)`)
        .join('\n#line(length: 100%, stroke: 0.25mm)\n'),
      '#line(length: 100%, stroke: 0.35mm)',
    );
  }
  return parts.join('\n\n') + '\n';
}
