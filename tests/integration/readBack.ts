// Independent readers for the exported files, so tests check what an organiser's program would
// show: poppler's pdftotext for the PDF, the DOCX's own XML through jszip, exceljs for the
// spreadsheet, and a CSV reader that splits on either separator (as Excel does by locale).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** The PDF's text, whitespace runs folded to one space. */
export function pdfText(pdf: Buffer): string {
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samla-pdf-")), "r.pdf");
  fs.writeFileSync(tmp, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", tmp, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

export async function docxXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  return zip.file("word/document.xml")!.async("string");
}

/** Visible text of a DOCX body, runs joined within each paragraph. */
export function docxText(xml: string): string {
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** Each table of the DOCX as rows of cell texts. */
export function docxTables(xml: string): string[][][] {
  return xml
    .split("<w:tbl>")
    .slice(1)
    .map((table) => table.split("</w:tbl>")[0].split("</w:tr>").slice(0, -1).map((row) => row.split("</w:tc>").slice(0, -1).map((cell) => docxText(cell).replace(/\n/g, ""))));
}

export async function workbook(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb;
}

export function column(ws: ExcelJS.Worksheet, header: string): unknown[] {
  const headers = (ws.getRow(1).values as unknown[]).slice(1);
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(", ")}`);
  const out: unknown[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push(row.getCell(index + 1).value);
  });
  return out;
}

/** RFC 4180 with a chosen separator; a leading byte-order mark is dropped. */
export function parseCsv(text: string, separator: "," | ";"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\r" && s[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * A request that is safe to repeat (a GET, or a POST the server treats as find-or-create), sent
 * again once when the server closed an idle keep-alive socket at that moment (it does after 5 s;
 * a slow render on a busy machine leaves sockets idle that long).
 */
export async function againOnReset(url: string, init: RequestInit = {}): Promise<Response> {
  const go = () => fetch(url, init);
  try {
    return await go();
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== "UND_ERR_SOCKET" && code !== "ECONNRESET") throw error;
    return go();
  }
}
