/**
 * The document grid is declared as Word's page setup writes it (22 lines × 28 characters), but the
 * Normal style does not snap to it. LibreOffice gives every character wider than a grid cell two
 * cells, so a 16 pt hanzi in the 15.79 pt cells of a 28-character line doubles the spacing (14 a line,
 * measured with LibreOffice 7.4), and it spreads the 二号 title and the masthead the same way (Word
 * does that to runs larger than a cell as well). Off the grid, with 三号 runs condensed 0.25 pt
 * (text.ts) and exact 28.95 pt line spacing, 28 characters fill a line and 22 lines a page whatever
 * the client. docx 9.15 writes `w:snapToGrid` only for runs, so the paragraph property is added to
 * the Normal style's XML after packing.
 */

const NORMAL_PPR = /(<w:style w:type="paragraph" w:styleId="Normal"[^>]*>(?:(?!<\/w:style>)[\s\S])*?<w:pPr>)/;

/**
 * No space added between hanzi and Latin letters or digits (`w:autoSpaceDE`, `w:autoSpaceDN`, on by default
 * in Word and LibreOffice): the PDF sets "20个工作日内" and "2020年10月26日" solid, and a quarter space before
 * and after every number would push characters off the 28-character line.
 */
const NO_AUTO_SPACE = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';

/** styles.xml with no auto space and `<w:snapToGrid w:val="0"/>` first in the Normal style's paragraph properties. */
export function normalOffGrid(stylesXml: string): string {
  if (!NORMAL_PPR.test(stylesXml)) throw new Error('styles.xml has no Normal style with paragraph properties');
  // autoSpaceDE/DN and snapToGrid precede spacing, ind and jc in CT_PPrBase, and the style writes nothing earlier.
  return stylesXml.replace(NORMAL_PPR, `$1${NO_AUTO_SPACE}<w:snapToGrid w:val="0"/>`);
}
