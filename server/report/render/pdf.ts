// The PDF report, drawn with pdfkit from the same outline as the Word report: headings become
// PDF outline entries (bookmarks), tables are drawn row by row with a repeated header on each
// new page, and the voting chart is drawn as vector bars. It runs in the report worker
// (renderWorker.ts), so it draws straight through without yielding.
import PDFDocument from "pdfkit";
import type { ReportTexts } from "../texts";
import type { ReportModel } from "../types";
import { barLayout } from "./barChart";
import { reportSections, type Block } from "./outline";
import { pdfFonts } from "./pdfFonts";

const margin = 56;
const ink = "#1a1a1a";
const muted = "#555555";

type Doc = InstanceType<typeof PDFDocument>;

export async function renderPdf(model: ReportModel, texts: ReportTexts): Promise<Buffer> {
  const { t, date } = texts;
  const fonts = pdfFonts();
  const p = fonts.prepare;
  const doc: Doc = new PDFDocument({
    size: "A4",
    margin,
    bufferPages: false,
    info: { Title: p(t("documentTitle", { title: model.meta.title })), Creator: "Samla", Producer: "Samla" },
    lang: model.language === "nb" ? "nb-NO" : "en-GB",
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  doc.registerFont("italic", fonts.italic);
  const width = doc.page.width - margin * 2;
  const bottom = () => doc.page.height - margin;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  // Title page
  const m = model.meta;
  doc.moveDown(8).font("bold").fontSize(26).fillColor(ink).text(p(m.title), { align: "center" });
  doc.moveDown(0.5).font("regular").fontSize(16).fillColor(muted).text(p(t("subtitle")), { align: "center" });
  doc.moveDown(2).fontSize(12).fillColor(ink);
  const method = t(`methods.${["searchConference", "dialogueConference", "free"].includes(m.method) ? m.method : "free"}`);
  for (const [label, value] of [
    [t("date"), date(m.date)],
    [t("place"), m.place || t("notGiven")],
    [t("organisers"), m.organisers || t("notGiven")],
    [t("method"), method],
  ]) {
    // One string per line: pdfkit's `continued` runs do not centre as a whole.
    doc.text(p(`${label}: ${value}`), { align: "center" });
  }
  doc.moveDown(3).fillColor(muted).fontSize(10).text(p(t("generated", { date: date(model.generatedAt) })), { align: "center" });

  const outline: Record<number, PDFKit.PDFOutline> = { 0: doc.outline };

  const drawTable = (columns: string[], rows: (string | number | null)[][], weights = columns.map(() => 1)) => {
    doc.fontSize(9);
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / sum) * width);
    const lefts = widths.map((_, i) => margin + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const rowHeight = (cells: string[], font: string) => {
      doc.font(font);
      return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 8 }))) + 6;
    };
    const drawRow = (cells: string[], header: boolean) => {
      const font = header ? "bold" : "regular";
      const h = rowHeight(cells, font);
      if (doc.y + h > bottom()) {
        doc.addPage();
        if (!header) drawRow(columns.map(p), true);
      }
      const y = doc.y;
      if (header) doc.rect(margin, y, width, h).fill("#E4ECF2");
      doc.fillColor(ink).font(font);
      cells.forEach((c, i) => doc.text(c, lefts[i] + 4, y + 3, { width: widths[i] - 8 }));
      doc.moveTo(margin, y + h).lineTo(margin + width, y + h).strokeColor("#A0A0A0").lineWidth(0.5).stroke();
      doc.x = margin;
      doc.y = y + h;
    };
    drawRow(columns.map(p), true);
    for (const row of rows) drawRow(row.map((c) => p(c === null ? "" : String(c))), false);
    doc.moveDown(0.8);
  };

  const draw = (block: Block) => {
    doc.x = margin;
    switch (block.kind) {
      case "heading": {
        const size = { 1: 18, 2: 14, 3: 12 }[block.level];
        if (block.level === 1) doc.addPage();
        else ensure(size * 4);
        doc.moveDown(block.level === 1 ? 0 : 0.6).font("bold").fontSize(size).fillColor(ink).text(p(block.text), { width });
        doc.moveDown(0.3);
        const parent = outline[block.level - 1] ?? doc.outline;
        outline[block.level] = parent.addItem(p(block.text));
        break;
      }
      case "paragraph":
        doc.font(block.muted ? "italic" : "regular").fontSize(10.5).fillColor(block.muted ? muted : ink).text(p(block.text), { width });
        doc.moveDown(0.4);
        break;
      case "labelled":
        doc.fontSize(10.5).fillColor(ink).font("bold").text(p(`${block.label}: `), { width, continued: true }).font("regular").text(p(block.text));
        doc.moveDown(0.3);
        break;
      case "bullets":
        doc.font("regular").fontSize(10).fillColor(ink);
        for (const item of block.items) {
          ensure(14);
          doc.text(p(`•  ${item}`), margin + 8, doc.y, { width: width - 8 });
        }
        doc.moveDown(0.5);
        break;
      case "table":
        drawTable(block.columns, block.rows, block.weights);
        break;
      case "chart": {
        const layout = barLayout(block.items, Math.floor(width));
        ensure(layout.height + 10);
        const top = doc.y;
        const x0 = margin + layout.labelWidth;
        doc.font("regular").fontSize(9).fillColor(ink);
        for (const bar of layout.bars) {
          doc.fillColor(ink).text(p(bar.label), margin, top + bar.y + 6, { width: layout.labelWidth - 8, align: "right", lineBreak: false, ellipsis: true, height: 12 });
          if (bar.length > 0) doc.rect(x0, top + bar.y, bar.length, layout.barHeight).fill("#1f5f8b");
          doc.fillColor(ink).text(String(bar.dots), x0 + bar.length + 6, top + bar.y + 6, { lineBreak: false });
        }
        doc.moveTo(x0, top + 12).lineTo(x0, top + layout.height - 12).strokeColor(muted).lineWidth(0.5).stroke();
        doc.x = margin;
        doc.y = top + layout.height + 8;
        break;
      }
    }
  };

  for (const section of reportSections(model, texts)) for (const block of section) draw(block);
  doc.end();
  return done;
}
