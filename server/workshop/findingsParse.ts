// Turning pasted lines or a CSV export (e.g. the notes from an interview round) into notes.
// Pure: the route handler validates with it, and tests call it directly. Any error rejects
// the whole batch with the line it is on, so the facilitator fixes the text and sends it
// again instead of wondering which half arrived.
import { z } from "zod";
import { boardColours, type BoardColour } from "../../lib/board";

export const FINDINGS_MAX_LINES = 2000;
export const FINDING_MAX_CHARS = 500;
/** Enough for 2,000 notes of 500 characters plus organisation and colour columns. */
export const FINDINGS_MAX_BYTES = 2_000_000;

export const findingsRequestSchema = z.object({
  boardId: z.string().min(1).max(64),
  format: z.enum(["lines", "csv"]),
  text: z.string().max(FINDINGS_MAX_BYTES, "tooLarge"),
  colour: z.enum(boardColours).optional(),
});
export type FindingsRequest = z.input<typeof findingsRequestSchema>;

export type Finding = { text: string; organisation: string; colour: BoardColour | null };

export type FindingsError =
  | { code: "empty" }
  | { code: "tooManyLines"; max: number; count: number }
  | { code: "noteTooLong"; line: number; max: number }
  | { code: "unknownColour"; line: number; value: string }
  | { code: "unclosedQuote"; line: number }
  | { code: "missingTextColumn" }
  | { code: "organisationTooLong"; line: number };

export type FindingsParse = { ok: true; findings: Finding[] } | { ok: false; error: FindingsError };

// People write colours in their own language; map them onto the board palette.
const colourNames: Record<string, BoardColour> = {
  gul: "yellow",
  oransje: "orange",
  rosa: "pink",
  lilla: "purple",
  blå: "blue",
  bla: "blue",
  grønn: "green",
  gronn: "green",
  grå: "grey",
  gra: "grey",
  gray: "grey",
  ...Object.fromEntries(boardColours.map((c) => [c, c])),
};

const textHeaders = ["text", "tekst", "lapp", "note", "funn", "finding"];
const organisationHeaders = ["organisation", "organization", "organisasjon", "org", "virksomhet"];
const colourHeaders = ["colour", "color", "farge"];

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

export function parseLines(text: string): FindingsParse {
  const lines = splitLines(text)
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter((l) => l.text.length > 0);
  if (lines.length === 0) return { ok: false, error: { code: "empty" } };
  if (lines.length > FINDINGS_MAX_LINES) return { ok: false, error: { code: "tooManyLines", max: FINDINGS_MAX_LINES, count: lines.length } };
  const tooLong = lines.find((l) => [...l.text].length > FINDING_MAX_CHARS);
  if (tooLong) return { ok: false, error: { code: "noteTooLong", line: tooLong.line, max: FINDING_MAX_CHARS } };
  return { ok: true, findings: lines.map((l) => ({ text: l.text, organisation: "", colour: null })) };
}

type Row = { line: number; cells: string[] };

/** RFC 4180 records: quoted fields may hold the separator, doubled quotes and line breaks. */
function csvRows(text: string, separator: string): Row[] | { unclosedAt: number } {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === separator) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowStart, cells });
      cells = [];
      cell = "";
      line++;
      rowStart = line;
    } else cell += ch;
  }
  if (quoted) return { unclosedAt: rowStart };
  cells.push(cell);
  rows.push({ line: rowStart, cells });
  return rows.map((r) => ({ ...r, cells: r.cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== ""));
}

/** Norwegian spreadsheets export with ";", others with ","; the first line decides. */
function detectSeparator(text: string): string {
  const first = splitLines(text).find((l) => l.trim() !== "") ?? "";
  const count = (s: string) => first.split(s).length - 1;
  if (count(";") > count(",")) return ";";
  if (count("\t") > count(",")) return "\t";
  return ",";
}

export function parseCsv(text: string): FindingsParse {
  const rows = csvRows(text, detectSeparator(text));
  if (!Array.isArray(rows)) return { ok: false, error: { code: "unclosedQuote", line: rows.unclosedAt } };
  if (rows.length === 0) return { ok: false, error: { code: "empty" } };

  // A header row is optional; when present it names the columns, in any order.
  const header = rows[0].cells.map((c) => c.toLocaleLowerCase("nb"));
  const hasHeader = header.some((h) => textHeaders.includes(h));
  let columns = { text: 0, organisation: 1, colour: 2 };
  if (hasHeader) {
    columns = {
      text: header.findIndex((h) => textHeaders.includes(h)),
      organisation: header.findIndex((h) => organisationHeaders.includes(h)),
      colour: header.findIndex((h) => colourHeaders.includes(h)),
    };
  } else if (rows[0].cells.length === 0) return { ok: false, error: { code: "missingTextColumn" } };
  const data = (hasHeader ? rows.slice(1) : rows).filter((r) => (r.cells[columns.text] ?? "") !== "");
  if (data.length === 0) return { ok: false, error: { code: "empty" } };
  if (data.length > FINDINGS_MAX_LINES) return { ok: false, error: { code: "tooManyLines", max: FINDINGS_MAX_LINES, count: data.length } };

  const findings: Finding[] = [];
  for (const row of data) {
    const text = row.cells[columns.text];
    if ([...text].length > FINDING_MAX_CHARS) return { ok: false, error: { code: "noteTooLong", line: row.line, max: FINDING_MAX_CHARS } };
    const organisation = columns.organisation >= 0 ? (row.cells[columns.organisation] ?? "") : "";
    if (organisation.length > 200) return { ok: false, error: { code: "organisationTooLong", line: row.line } };
    const rawColour = columns.colour >= 0 ? (row.cells[columns.colour] ?? "") : "";
    let colour: BoardColour | null = null;
    if (rawColour !== "") {
      colour = colourNames[rawColour.toLocaleLowerCase("nb")] ?? null;
      if (!colour) return { ok: false, error: { code: "unknownColour", line: row.line, value: rawColour.slice(0, 40) } };
    }
    findings.push({ text, organisation, colour });
  }
  return { ok: true, findings };
}

export function parseFindings(format: "lines" | "csv", text: string): FindingsParse {
  return format === "csv" ? parseCsv(text) : parseLines(text);
}
