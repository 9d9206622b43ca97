import { describe, expect, it } from "vitest";
import { sectorOfOrganisation } from "./organisationSector";

describe("sectorOfOrganisation", () => {
  const sectorOf = sectorOfOrganisation([
    { name: "Malvik kommune", sector: "kommune" },
    { name: "St. Olavs hospital HF", sector: "helseforetak" },
    { name: "Uten sektor", sector: null },
  ]);

  it("takes the organisation's sector from the list, whatever the person typed as role", () => {
    expect(sectorOf(" malvik KOMMUNE ", "Rådgiver")).toBe("kommune");
    expect(sectorOf("St. Olavs hospital HF", "lege")).toBe("helseforetak");
  });

  it("uses the person's own choice only when it is a known sector and the list says nothing", () => {
    expect(sectorOf("Ukjent lag", "frivillighet")).toBe("frivillighet");
    expect(sectorOf("Ukjent lag", "Leder")).toBeNull();
    expect(sectorOf("Uten sektor", "stat")).toBe("stat");
    expect(sectorOf("Ukjent lag", null)).toBeNull();
  });
});
