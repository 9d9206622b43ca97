// Calendar dates as people type them in forms and as the board document stores them:
// "yyyy-mm-dd" strings, no time zone. Comparing such strings is comparing dates, so no Date
// object (and no local-time surprise around midnight) is needed.

import { z } from "zod";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The stored form of a date field: yyyy-mm-dd. Only the form: a half-typed or impossible date
 * (2026-02-30) is kept as typed, and checkDates/checkChain flag it, so nothing typed is lost.
 */
export const isoDateSchema = z.string().regex(ISO_DATE, "must be yyyy-mm-dd");

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real date in yyyy-mm-dd form: 2028-02-29 yes, 2027-02-29 and 2026-13-01 no. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Negative, zero or positive like a comparator; both must be valid ISO dates. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
