import { describe, expect, it } from "vitest";
import { estimateLines, fitNoteFont, noteFontSizes } from "./noteText";

describe("fitNoteFont", () => {
  it("draws a short note large", () => {
    expect(fitNoteFont("Møteplasser", 160, 120)).toBe(noteFontSizes[0]);
  });

  it("shrinks a long thought so it fits rather than stopping after three lines", () => {
    const text = "Felles opplæring for helsesykepleiere og lærere i alle kommunene i regionen, med hospitering";
    const size = fitNoteFont(text, 160, 120);
    expect(size).toBeLessThan(noteFontSizes[0]);
    expect(estimateLines(text, size, 140) * size * 1.3).toBeLessThanOrEqual(90);
  });

  it("gives a bigger note a bigger size for the same text", () => {
    const text = "Felles opplæring for helsesykepleiere og lærere i alle kommunene";
    expect(fitNoteFont(text, 320, 240)).toBeGreaterThan(fitNoteFont(text, 160, 120));
  });
});

describe("estimateLines", () => {
  it("counts a word longer than a line as several lines and paragraphs apart", () => {
    expect(estimateLines("a", 16, 100)).toBe(1);
    expect(estimateLines("a\nb", 16, 100)).toBe(2);
    expect(estimateLines("x".repeat(30), 10, 54)).toBe(3);
  });
});
