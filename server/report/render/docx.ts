// The Word report. Headings use Word's built-in Heading 1–3 styles (HeadingLevel), which is
// what makes the navigation pane and the table of contents work; tables carry a header row
// that repeats across pages. The document is assembled section by section with a yield
// between them, and packed asynchronously, so other users of the server are not held up.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import type { ReportTexts } from "../texts";
import type { ReportModel } from "../types";
import { yieldToEventLoop } from "../yieldToEventLoop";
import { barChartPng, barChartSvg, barLayout } from "./barChart";
import { reportSections, type Block } from "./outline";

const border = { style: BorderStyle.SINGLE, size: 4, color: "A0A0A0" } as const;
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function cell(text: string | number | null, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text: text === null ? "" : String(text), bold: header })] })],
    shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: "E4ECF2" } : undefined,
  });
}

/** Text width of an A4 page with docx's default margins, in twentieths of a point. */
const textWidth = 9026;

function table(columns: string[], rows: (string | number | null)[][], weights?: number[]): Table {
  const w = weights ?? columns.map(() => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: w.map((x) => Math.round((x / sum) * textWidth)),
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
    ],
  });
}

const headingLevel = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function toDocx(block: Block): FileChild[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ text: block.text, heading: headingLevel[block.level] })];
    case "paragraph":
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: block.muted, color: block.muted ? "555555" : undefined })] })];
    case "labelled":
      return [new Paragraph({ children: [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun(block.text)] })];
    case "bullets":
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case "table":
      return [table(block.columns, block.rows, block.weights), new Paragraph({ text: "" })];
    case "chart": {
      const layout = barLayout(block.items);
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: "svg",
              data: Buffer.from(barChartSvg(layout, block.alt)),
              fallback: { type: "png", data: barChartPng(layout) },
              transformation: { width: layout.width * 0.9, height: layout.height * 0.9 },
              altText: { name: block.alt, title: block.alt, description: block.alt },
            }),
          ],
        }),
      ];
    }
  }
}

export async function renderDocx(model: ReportModel, texts: ReportTexts): Promise<Buffer> {
  const { t, date } = texts;
  const m = model.meta;
  const titlePage: FileChild[] = [
    new Paragraph({ text: "", spacing: { before: 2400 } }),
    new Paragraph({ text: m.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t("subtitle"), size: 32, color: "555555" })] }),
    new Paragraph({ text: "", spacing: { after: 600 } }),
    ...[
      [t("date"), date(m.date)],
      [t("place"), m.place || t("notGiven")],
      [t("organisers"), m.organisers || t("notGiven")],
      [t("method"), t(`methods.${["searchConference", "dialogueConference", "free"].includes(m.method) ? m.method : "free"}`)],
    ].map(
      ([label, value]) =>
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    ),
    new Paragraph({ text: "", spacing: { after: 600 } }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t("generated", { date: date(model.generatedAt) }), color: "555555" })] }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ text: t("contents"), heading: HeadingLevel.HEADING_1 }),
    new TableOfContents(t("contents"), { hyperlink: true, headingStyleRange: "1-3" }),
    new Paragraph({ children: [new TextRun({ text: t("contentsHint"), italics: true, color: "555555", size: 18 })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];

  const body: FileChild[] = [];
  for (const section of reportSections(model, texts)) {
    for (const block of section) body.push(...toDocx(block));
    await yieldToEventLoop();
  }

  const doc = new Document({
    creator: "Samla",
    title: t("documentTitle", { title: m.title }),
    features: { updateFields: true },
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: model.language === "nb" ? "nb-NO" : "en-GB" } } } } },
    sections: [{ children: [...titlePage, ...body] }],
  });
  return Packer.toBuffer(doc);
}
