import { describe, expect, it } from "vitest";
import {
  JOIN_CODE_ALPHABET,
  checkJoinCode,
  cryptoRandomInt,
  formatJoinCode,
  generateJoinCode,
  isJoinCode,
  joinCodeSchema,
  normaliseJoinCode,
} from "./joinCode";

const LOOK_ALIKE_GROUPS = ["0OQD", "1ILJ", "2Z", "5S", "6G", "8B", "UV"];

/** A repeatable random source so tests can predict the code. */
function sequence(values: number[]) {
  let i = 0;
  return () => values[i++ % values.length];
}

describe("join code alphabet", () => {
  it("contains no character from any look-alike group and no duplicates", () => {
    for (const group of LOOK_ALIKE_GROUPS) {
      for (const ch of group) expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    }
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_ALPHABET).toMatch(/^[A-Z0-9]+$/);
  });
});

describe("generateJoinCode", () => {
  it("maps the random source onto the alphabet", () => {
    expect(generateJoinCode(sequence([0, 1, 2, 3, 4, 5]))).toBe(JOIN_CODE_ALPHABET.slice(0, 6));
    const last = JOIN_CODE_ALPHABET.length - 1;
    expect(generateJoinCode(() => last)).toBe(JOIN_CODE_ALPHABET[last].repeat(6));
  });

  it("refuses a random source that returns out-of-range values", () => {
    expect(() => generateJoinCode(() => JOIN_CODE_ALPHABET.length)).toThrow(RangeError);
    expect(() => generateJoinCode(() => -1)).toThrow(RangeError);
    expect(() => generateJoinCode(() => 0.5)).toThrow(RangeError);
  });

  it("produces valid, varied codes from the default crypto source", () => {
    const codes = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = generateJoinCode();
      expect(isJoinCode(code)).toBe(true);
      codes.add(code);
    }
    expect(codes.size).toBeGreaterThan(495);
  });

  it("uses every symbol of the alphabet", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) for (const ch of generateJoinCode()) seen.add(ch);
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });
});

describe("cryptoRandomInt", () => {
  it("stays within range and rejects bad bounds", () => {
    for (let i = 0; i < 200; i++) {
      const n = cryptoRandomInt(7);
      expect(Number.isInteger(n) && n >= 0 && n < 7).toBe(true);
    }
    expect(cryptoRandomInt(1)).toBe(0);
    expect(() => cryptoRandomInt(0)).toThrow(RangeError);
    expect(() => cryptoRandomInt(2.5)).toThrow(RangeError);
  });
});

describe("normaliseJoinCode", () => {
  it("ignores case, spaces and dashes", () => {
    expect(normaliseJoinCode(" ace-fhk ")).toBe("ACEFHK");
    expect(normaliseJoinCode("a c e – f h k")).toBe("ACEFHK");
    expect(normaliseJoinCode("ace_fhk")).toBe("ACEFHK");
    expect(normaliseJoinCode("ACE.FHK")).toBe("ACEFHK");
  });

  it("maps full-width and Cyrillic/Greek look-alikes to the Latin symbol", () => {
    expect(normaliseJoinCode("ＡＣＥ３４７")).toBe("ACE347");
    expect(normaliseJoinCode("АСЕНКМ")).toBe("ACEHKM"); // Cyrillic
    expect(normaliseJoinCode("ΡΤΧΥ")).toBe("PTXY"); // Greek
    expect(normaliseJoinCode("З47")).toBe("347");
  });
});

describe("checkJoinCode", () => {
  it("accepts typed variants of a valid code and returns the canonical form", () => {
    expect(checkJoinCode("acf-347")).toEqual({ ok: true, code: "ACF347" });
    expect(checkJoinCode("ACF 347")).toEqual({ ok: true, code: "ACF347" });
  });

  it("says why a code is wrong", () => {
    expect(checkJoinCode("  - ")).toEqual({ ok: false, reason: "empty" });
    expect(checkJoinCode("ACF34")).toEqual({ ok: false, reason: "wrongLength" });
    expect(checkJoinCode("ACF3477")).toEqual({ ok: false, reason: "wrongLength" });
    expect(checkJoinCode("ACF340")).toEqual({ ok: false, reason: "invalidCharacter" });
    expect(checkJoinCode("ACFS47")).toEqual({ ok: false, reason: "invalidCharacter" });
    expect(checkJoinCode("AC!347")).toEqual({ ok: false, reason: "invalidCharacter" });
  });
});

describe("isJoinCode", () => {
  it("accepts only canonical codes", () => {
    expect(isJoinCode("ACF347")).toBe(true);
    expect(isJoinCode("acf347")).toBe(false);
    expect(isJoinCode("ACF-347")).toBe(false);
    expect(isJoinCode("ACF3O7")).toBe(false);
  });
});

describe("formatJoinCode", () => {
  it("splits the code into two halves for display", () => {
    expect(formatJoinCode("ACF347")).toBe("ACF-347");
    expect(formatJoinCode("acf 347")).toBe("ACF-347");
  });
});

describe("joinCodeSchema", () => {
  it("parses typed input into the canonical code", () => {
    expect(joinCodeSchema.parse("acf-347")).toBe("ACF347");
  });

  it("fails with the reason as message", () => {
    const result = joinCodeSchema.safeParse("ACF");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("wrongLength");
  });
});
