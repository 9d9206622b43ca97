// A table of plain text cells for the Word report, written straight as docx's XML objects.
//
// Why not docx's Table/TableRow/TableCell: each cell there is five or six class instances
// (cell, cell properties, width, paragraph, paragraph properties, run, text) that docx builds,
// then walks with a generic prepForXml that copies every level into a new object. For the
// appendix of a 2,000-note workshop that is 10,000 cells and about 60% of the Word report's
// CPU time and most of its garbage. This component hands docx the finished objects instead,
// in exactly the shape docx's own Table writes for the same options (a bordered table of a
// fixed width, the column grid, a header row that repeats on each page with shaded bold
// cells, body rows that do not split across pages), so Word, LibreOffice and the TOC filler
// (which walks the paragraphs in tables) see no difference. docx still escapes the text when
// it serialises the objects.
import { FileChild } from "docx";
import { textPieces } from "./docxText";

type Xml = Record<string, unknown>;

/** Text width of an A4 page with docx's default margins, in twentieths of a point. */
export const textWidth = 9026;

const borderAttr = { "w:val": "single", "w:color": "A0A0A0", "w:sz": 4 };
const tableProperties: Xml = {
  "w:tblPr": [
    { "w:tblW": { _attr: { "w:type": "dxa", "w:w": textWidth } } },
    {
      "w:tblBorders": ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].map((side) => ({ [side]: { _attr: borderAttr } })),
    },
  ],
};
const preserve = { _attr: { "xml:space": "preserve" } };
const headerRowProperties: Xml = { "w:trPr": [{ "w:tblHeader": {} }] };
const bodyRowProperties: Xml = { "w:trPr": [{ "w:cantSplit": {} }] };
const headerShading: Xml = { "w:shd": { _attr: { "w:fill": "E4ECF2", "w:color": "auto", "w:val": "clear" } } };
const boldRun: Xml = { "w:rPr": [{ "w:b": {} }, { "w:bCs": {} }] };

/** One cell's text as one run: tabs and line breaks as Word's own elements (docxText.ts). */
function run(text: string, bold: boolean): Xml {
  const content = textPieces(text).map((piece): Xml => (piece === "\t" ? { "w:tab": {} } : piece === "\n" ? { "w:br": {} } : { "w:t": [preserve, piece] }));
  return { "w:r": bold ? [boldRun, ...content] : content };
}

export type PlainCell = string | number | null;

export class PlainTable extends FileChild {
  private readonly widths: number[];

  constructor(
    private readonly columns: string[],
    private readonly rows: PlainCell[][],
    weights: number[] = columns.map(() => 1),
  ) {
    super("w:tbl");
    const sum = weights.reduce((a, b) => a + b, 0);
    this.widths = weights.map((w) => Math.round((w / sum) * textWidth));
  }

  override prepForXml(): Xml {
    const widthOf = this.widths.map((w) => ({ "w:tcW": { _attr: { "w:type": "dxa", "w:w": w } } }));
    const cellProperties = widthOf.map((width) => ({ "w:tcPr": [width] }));
    const headerCellProperties = widthOf.map((width) => ({ "w:tcPr": [width, headerShading] }));
    const row = (cells: PlainCell[], header: boolean): Xml => ({
      "w:tr": [
        header ? headerRowProperties : bodyRowProperties,
        ...cells.map((value, i) => ({
          "w:tc": [(header ? headerCellProperties : cellProperties)[i] ?? { "w:tcPr": [] }, { "w:p": [run(value === null ? "" : String(value), header)] }],
        })),
      ],
    });
    return {
      "w:tbl": [
        tableProperties,
        { "w:tblGrid": this.widths.map((w) => ({ "w:gridCol": { _attr: { "w:w": w } } })) },
        row(this.columns, true),
        ...this.rows.map((cells) => row(cells, false)),
      ],
    };
  }
}
