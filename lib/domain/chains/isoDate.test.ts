import { describe, expect, it } from "vitest";
import { compareIsoDates, daysInMonth, isIsoDate, isLeapYear } from "./isoDate";

describe("isIsoDate", () => {
  it("accepts real dates in yyyy-mm-dd form", () => {
    for (const d of ["2026-01-01", "2026-12-31", "2026-04-30", "2028-02-29", "2000-02-29", "0001-01-01"]) {
      expect(isIsoDate(d), d).toBe(true);
    }
  });

  it("rejects impossible dates, including February 29th outside leap years", () => {
    for (const d of ["2027-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01"]) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });

  it("rejects other formats and non-strings", () => {
    for (const d of ["2026-1-01", "01.02.2026", "2026-01-01T00:00:00Z", " 2026-01-01", "20260101", "", "２０２６-01-01"]) {
      expect(isIsoDate(d), d).toBe(false);
    }
    expect(isIsoDate(20260101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
  });
});

describe("calendar helpers", () => {
  it("knows the Gregorian leap years", () => {
    expect([1900, 2000, 2024, 2026, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 9)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it("compares dates", () => {
    expect(compareIsoDates("2026-01-31", "2026-02-01")).toBeLessThan(0);
    expect(compareIsoDates("2026-02-01", "2026-02-01")).toBe(0);
    expect(compareIsoDates("2027-01-01", "2026-12-31")).toBeGreaterThan(0);
  });
});
