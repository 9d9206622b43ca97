import { describe, expect, it } from "vitest";
import { parseCsv, parseLines } from "./findingsParse";
import { guessSector } from "../../lib/domain/sectors";

describe("parseLines", () => {
  it("makes one finding per non-empty line, trimmed", () => {
    const result = parseLines("\uFEFF  første \r\n\n andre\rtredje\n");
    expect(result).toEqual({ ok: true, findings: ["første", "andre", "tredje"].map((text) => ({ text, organisation: "", colour: null })) });
  });

  it("counts characters, not bytes, against the limit", () => {
    expect(parseLines("æ".repeat(500)).ok).toBe(true);
    expect(parseLines(`ok\n${"æ".repeat(501)}`)).toEqual({ ok: false, error: { code: "noteTooLong", line: 2, max: 500 } });
  });
});

describe("parseCsv", () => {
  it("reads positional columns with a comma separator when there is no header", () => {
    const result = parseCsv('Første funn,Malvik kommune,grønn\n"Med, komma",,\n');
    expect(result).toEqual({
      ok: true,
      findings: [
        { text: "Første funn", organisation: "Malvik kommune", colour: "green" },
        { text: "Med, komma", organisation: "", colour: null },
      ],
    });
  });

  it("maps header columns in any order and keeps line breaks inside quotes", () => {
    const result = parseCsv('farge;tekst\nblue;"to\nlinjer"\n;tre');
    expect(result.ok && result.findings).toEqual([
      { text: "to\nlinjer", organisation: "", colour: "blue" },
      { text: "tre", organisation: "", colour: null },
    ]);
  });

  it("reports the physical line of a bad row after a multi-line cell", () => {
    const result = parseCsv('text;colour\n"a\nb";gul\nc;turkis');
    expect(result).toEqual({ ok: false, error: { code: "unknownColour", line: 4, value: "turkis" } });
  });

  it("refuses unclosed quotes and empty input", () => {
    expect(parseCsv('text\n"open')).toEqual({ ok: false, error: { code: "unclosedQuote", line: 2 } });
    expect(parseCsv(" \n ;; \n")).toEqual({ ok: false, error: { code: "empty" } });
  });
});

describe("guessSector", () => {
  it.each([
    ["Trøndelag fylkeskommune", "fylkeskommune"],
    ["Malvik kommune", "kommune"],
    ["St. Olavs hospital HF", "helseforetak"],
    ["NTNU", "universitet"],
    ["Frivilligsentralen Midt", "frivillighet"],
    ["Statsforvalteren i Trøndelag", "stat"],
    ["Bakeriet AS", "naeringsliv"],
    ["Nabolaget", "annet"],
  ])("%s → %s", (name, sector) => expect(guessSector(name)).toBe(sector));
});
