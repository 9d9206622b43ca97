// The Word report. Headings use Word's built-in Heading 1–4 styles (HeadingLevel), which is
// what makes the navigation pane and the table of contents work; tables carry a header row
// that repeats across pages (docxTable.ts). It runs in the report worker (renderWorker.ts),
// so it does not give way to the event loop itself: there is nobody else on that thread.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Packer,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from "docx";
import type { ReportTexts } from "../texts";
import type { ReportModel } from "../types";
import { barChartPng, barChartSvg, barLayout } from "./barChart";
import { PlainTable } from "./docxTable";
import { docxRuns } from "./docxText";
import { xmlText } from "../xmlText";
import { workshopDocument, type Block, type ReportDocument } from "./outline";

const headingLevel = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

function toDocx(block: Block): FileChild[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ children: docxRuns(block.text), heading: headingLevel[block.level] })];
    case "paragraph":
      return [new Paragraph({ children: docxRuns(block.text, { italics: block.muted, color: block.muted ? "555555" : undefined }) })];
    case "labelled":
      return [new Paragraph({ children: [...docxRuns(`${block.label}: `, { bold: true }), ...docxRuns(block.text)] })];
    case "bullets":
      return block.items.map((text) => new Paragraph({ children: docxRuns(text), bullet: { level: 0 } }));
    case "table":
      return [new PlainTable(block.columns, block.rows, block.weights), new Paragraph({ text: "" })];
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
              altText: { name: xmlText(block.alt), title: xmlText(block.alt), description: xmlText(block.alt) },
            }),
          ],
        }),
      ];
    }
  }
}

/** The workshop's report. */
export function renderDocx(model: ReportModel, texts: ReportTexts): Promise<Buffer> {
  return renderDocxDocument(workshopDocument(model, texts), texts);
}

/** Any report document (a workshop's, a programme's) as a Word file. */
export async function renderDocxDocument(document: ReportDocument, { t }: ReportTexts): Promise<Buffer> {
  const titlePage: FileChild[] = [
    new Paragraph({ text: "", spacing: { before: 2400 } }),
    new Paragraph({ children: docxRuns(document.title), heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: document.subtitle, size: 32, color: "555555" })] }),
    new Paragraph({ text: "", spacing: { after: 600 } }),
    ...document.details.map(
      ([label, value]) =>
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${label}: `, bold: true }), ...docxRuns(value)] }),
    ),
    new Paragraph({ text: "", spacing: { after: 600 } }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: document.generated, color: "555555" })] }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ text: t("contents"), heading: HeadingLevel.HEADING_1 }),
    new TableOfContents(t("contents"), { hyperlink: true, headingStyleRange: "1-3" }),
    new Paragraph({ children: [new TextRun({ text: t("contentsHint"), italics: true, color: "555555", size: 18 })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];

  const body: FileChild[] = [];
  for (const section of document.sections) for (const block of section) body.push(...toDocx(block));

  const doc = new Document({
    creator: "Samla",
    title: xmlText(document.documentTitle),
    features: { updateFields: true },
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: document.language === "nb" ? "nb-NO" : "en-GB" } } } } },
    sections: [{ children: [...titlePage, ...body] }],
  });
  return Packer.toBuffer(doc);
}
