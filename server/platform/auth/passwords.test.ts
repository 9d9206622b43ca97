import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("verifies the right password and rejects others", async () => {
    const stored = await hashPassword("riktig hest batteri");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("riktig hest batteri", stored)).toBe(true);
    expect(await verifyPassword("riktig hest batterI", stored)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("samme")).not.toBe(await hashPassword("samme"));
  });

  it("rejects malformed stored values instead of throwing", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1$2$3")).toBe(false);
  });
});
