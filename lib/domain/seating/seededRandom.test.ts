import { describe, expect, it } from "vitest";
import { seededRandom, shuffled } from "./seededRandom";

describe("seededRandom", () => {
  it("repeats for the same seed and differs for another", () => {
    const a = seededRandom("workshop-1");
    const b = seededRandom("workshop-1");
    const c = seededRandom("workshop-2");
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    expect(seededRandom(1)()).not.toBe(seededRandom("1")());
  });

  it("stays in [0, 1) and is roughly uniform", () => {
    const r = seededRandom(42);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)]++;
    }
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});

describe("shuffled", () => {
  it("permutes a copy and leaves the input alone", () => {
    const input = Array.from({ length: 20 }, (_, i) => i);
    const out = shuffled(input, seededRandom(7));
    expect(input).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect([...out].sort((x, y) => x - y)).toEqual(input);
    expect(out).not.toEqual(input);
    expect(shuffled(input, seededRandom(7))).toEqual(out);
  });
});
