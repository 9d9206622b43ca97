// The PDF report, drawn with pdfkit from the same outline as the Word report: headings become
// PDF outline entries (bookmarks), tables are drawn row by row with a repeated header on each
// new page, and the voting chart is drawn as vector bars. It runs in the report worker
// (renderWorker.ts), so it draws straight through without yielding.
import PDFDocument from "pdfkit";
import type { ReportTexts } from "../texts";
import type { ReportModel } from "../types";
import { barLayout } from "./barChart";
import { workshopDocument, type Block, type ReportDocument } from "./outline";
import { pdfFonts, pdfText, type FontStyle } from "./pdfFonts";

const margin = 56;
const ink = "#1a1a1a";
const muted = "#555555";

type Doc = InstanceType<typeof PDFDocument>;

/** The workshop's report. */
export function renderPdf(model: ReportModel, texts: ReportTexts): Promise<Buffer> {
  return renderPdfDocument(workshopDocument(model, texts));
}

/** Any report document (a workshop's, a programme's) as a PDF. */
export async function renderPdfDocument(document: ReportDocument): Promise<Buffer> {
  const fonts = pdfFonts();
  const doc: Doc = new PDFDocument({
    size: "A4",
    margin,
    bufferPages: false,
    info: { Title: pdfText(document.documentTitle), Creator: "Samla", Producer: "Samla" },
    lang: document.language === "nb" ? "nb-NO" : "en-GB",
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const { name, file } of fonts.files) doc.registerFont(name, file);
  const width = doc.page.width - margin * 2;

  type TextOptions = PDFKit.Mixins.TextOptions;
  // Text in runs, each in a font that has its glyphs (pdfFonts.ts); pdfkit continues a line
  // across runs itself. `at` places the first run; later runs follow it.
  const write = (text: string, style: FontStyle, options: TextOptions = {}, at?: { x: number; y: number }) => {
    const runs = fonts.runs(pdfText(text), style);
    if (runs.length === 0) runs.push({ font: fonts.main(style), text: "" });
    runs.forEach((run, i) => {
      doc.font(run.font);
      const opts = { ...options, continued: i < runs.length - 1 || options.continued === true };
      if (i === 0 && at) doc.text(run.text, at.x, at.y, opts);
      else doc.text(run.text, opts);
    });
  };
  // A centred line: pdfkit centres each run alone, so centre the whole width by hand when it fits.
  const centred = (text: string, style: FontStyle) => {
    const runs = fonts.runs(pdfText(text), style);
    if (runs.length <= 1) return write(text, style, { align: "center", width });
    const total = runs.reduce((sum, run) => sum + (doc.font(run.font), doc.widthOfString(run.text)), 0);
    if (total > width) return write(text, style, { width });
    const y = doc.y;
    let x = margin + (width - total) / 2;
    for (const run of runs) {
      doc.font(run.font).text(run.text, x, y, { lineBreak: false });
      x += doc.widthOfString(run.text);
    }
    doc.x = margin;
    doc.y = y + doc.font(fonts.main(style)).currentLineHeight(true);
  };
  // The height a text takes at a width: through pdfkit's own line wrapper with a line callback
  // that only counts, as heightOfString does, but across the runs of several fonts.
  const heightOf = (text: string, style: FontStyle, w: number) => {
    const runs = fonts.runs(pdfText(text), style);
    if (runs.length <= 1) return doc.font(runs[0]?.font ?? fonts.main(style)).heightOfString(runs[0]?.text ?? "", { width: w });
    const { x, y } = doc;
    const layout = doc as unknown as { _text(text: string, x: number | undefined, y: number | undefined, options: TextOptions, line: () => void): void };
    runs.forEach((run, i) => {
      doc.font(run.font);
      layout._text(run.text, i === 0 ? x : undefined, i === 0 ? y : undefined, { width: w, height: Infinity, continued: i < runs.length - 1 }, () => {
        doc.y += doc.currentLineHeight(true);
      });
    });
    const height = doc.y - y;
    doc.x = x;
    doc.y = y;
    return height;
  };
  const bottom = () => doc.page.height - margin;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  // Title page
  doc.moveDown(8).fontSize(26).fillColor(ink);
  centred(document.title, "bold");
  doc.moveDown(0.5).fontSize(16).fillColor(muted);
  centred(document.subtitle, "regular");
  doc.moveDown(2).fontSize(12).fillColor(ink);
  // One string per line: pdfkit's `continued` runs do not centre as a whole.
  for (const [label, value] of document.details) centred(`${label}: ${value}`, "regular");
  doc.moveDown(3).fillColor(muted).fontSize(10);
  centred(document.generated, "regular");

  const outline: Record<number, PDFKit.PDFOutline> = { 0: doc.outline };

  const drawTable = (columns: string[], rows: (string | number | null)[][], weights = columns.map(() => 1)) => {
    doc.fontSize(9);
    const widths = columnWidths(columns, weights);
    const lefts = widths.map((_, i) => margin + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const rowHeight = (cells: string[], style: FontStyle) => Math.max(...cells.map((c, i) => heightOf(c, style, widths[i] - 8))) + 6;
    const drawRow = (cells: string[], header: boolean) => {
      const style: FontStyle = header ? "bold" : "regular";
      const h = rowHeight(cells, style);
      if (doc.y + h > bottom()) {
        doc.addPage();
        if (!header) drawRow(columns, true);
      }
      const y = doc.y;
      if (header) doc.rect(margin, y, width, h).fill("#E4ECF2");
      doc.fillColor(ink);
      cells.forEach((c, i) => write(c, style, { width: widths[i] - 8 }, { x: lefts[i] + 4, y: y + 3 }));
      doc.moveTo(margin, y + h).lineTo(margin + width, y + h).strokeColor("#A0A0A0").lineWidth(0.5).stroke();
      doc.x = margin;
      doc.y = y + h;
    };
    drawRow(columns, true);
    for (const row of rows) drawRow(row.map((c) => (c === null ? "" : String(c))), false);
    doc.moveDown(0.8);
  };

  /**
   * Column widths from the weights, but never narrower than the longest word of the header, so
   * a header like «Velgere» is never broken inside the word; the width comes from the widest.
   */
  const columnWidths = (columns: string[], weights: number[]) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / sum) * width);
    doc.font(fonts.main("bold"));
    const least = columns.map((c) => Math.max(0, ...c.split(/\s+/).map((word) => doc.widthOfString(word))) + 10);
    for (let i = 0; i < widths.length; i++) {
      const lack = least[i] - widths[i];
      if (lack <= 0) continue;
      const widest = widths.indexOf(Math.max(...widths.filter((_, j) => widths[j] - lack >= least[j])));
      if (widest < 0 || widest === i) continue;
      widths[widest] -= lack;
      widths[i] += lack;
    }
    return widths;
  };

  const draw = (block: Block) => {
    doc.x = margin;
    switch (block.kind) {
      case "heading": {
        const size = { 1: 18, 2: 14, 3: 12, 4: 11 }[block.level];
        if (block.level === 1) doc.addPage();
        else ensure(size * 4);
        doc.moveDown(block.level === 1 ? 0 : 0.6).fontSize(size).fillColor(ink);
        write(block.text, "bold", { width });
        doc.moveDown(0.3);
        const parent = outline[block.level - 1] ?? doc.outline;
        outline[block.level] = parent.addItem(pdfText(block.text));
        break;
      }
      case "paragraph":
        doc.fontSize(10.5).fillColor(block.muted ? muted : ink);
        write(block.text, block.muted ? "italic" : "regular", { width });
        doc.moveDown(0.4);
        break;
      case "labelled":
        doc.fontSize(10.5).fillColor(ink);
        write(`${block.label}: `, "bold", { width, continued: true });
        write(block.text, "regular", { width });
        doc.moveDown(0.3);
        break;
      case "bullets":
        doc.fontSize(10).fillColor(ink);
        for (const item of block.items) {
          ensure(14);
          write(`•  ${item}`, "regular", { width: width - 8 }, { x: margin + 8, y: doc.y });
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
        doc.font(fonts.main("regular")).fontSize(9).fillColor(ink);
        for (const bar of layout.bars) {
          const label = { width: layout.labelWidth - 8, lineBreak: false, height: 12 };
          // One font: right-aligned with an ellipsis; several (an emoji in the title): left-aligned runs.
          if (fonts.runs(pdfText(bar.label), "regular").length <= 1) write(bar.label, "regular", { ...label, align: "right", ellipsis: true }, { x: margin, y: top + bar.y + 6 });
          else write(bar.label, "regular", label, { x: margin, y: top + bar.y + 6 });
          doc.font(fonts.main("regular"));
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

  for (const section of document.sections) for (const block of section) draw(block);
  doc.end();
  return done;
}
