import { describe, expect, it } from "vitest";
import { matchAreas, nameSimilarity, normaliseAreaName, suggestPairs } from "./areaMatching";

describe("focus areas across a programme", () => {
  it("matches names that differ only in case, spacing, punctuation and Unicode form", () => {
    expect(normaliseAreaName("  Bedre   samhandling. ")).toBe("bedre samhandling");
    expect(normaliseAreaName("Bedre samhandling")).toBe(normaliseAreaName("BEDRE «samhandling»!"));
    // NFC and NFD spellings of «å» are one name.
    expect(normaliseAreaName("Nå\u0301")).toBe(normaliseAreaName("Nǻ"));
    const groups = matchAreas(
      [
        { workshopId: "a", title: "Bedre samhandling" },
        { workshopId: "b", title: "bedre samhandling." },
        { workshopId: "b", title: "Rekruttering" },
      ],
      [],
    );
    expect(groups.map((g) => [g.title, g.members.length])).toEqual([
      ["Bedre samhandling", 2],
      ["Rekruttering", 1],
    ]);
  });

  it("joins differently named areas through an organiser's link, transitively and whatever the order", () => {
    const occurrences = [
      { workshopId: "a", title: "Bedre samhandling" },
      { workshopId: "b", title: "Samhandling mellom nivåene" },
      { workshopId: "c", title: "samhandling mellom nivåene" },
      { workshopId: "c", title: "Frivillighet" },
    ];
    const links = [{ workshopId: "b", areaKey: "samhandling mellom nivåene", targetKey: "bedre samhandling" }];
    const [first, second] = matchAreas(occurrences, links);
    expect(first.members.map((m) => m.workshopId).sort()).toEqual(["a", "b", "c"]);
    expect(first.key).toBe("bedre samhandling");
    expect(second.title).toBe("Frivillighet");
    // One workshop each: the name linked to names the area, whatever the alphabet says.
    const [pair] = matchAreas(
      [
        { workshopId: "a", title: "Felles kompetanseløft" },
        { workshopId: "b", title: "Felles kompetanse" },
      ],
      [{ workshopId: "b", areaKey: "felles kompetanse", targetKey: "felles kompetanseløft" }],
    );
    expect(pair.title).toBe("Felles kompetanseløft");
    // A link to a name no workshop uses leaves the area alone; a link of an unknown area is ignored.
    expect(matchAreas(occurrences, [{ workshopId: "x", areaKey: "nothing", targetKey: "frivillighet" }])).toHaveLength(3);
  });

  it("suggests likely pairs between areas of different workshops, most alike first, never within one workshop", () => {
    const groups = matchAreas(
      [
        { workshopId: "a", title: "Rekruttering av helsepersonell" },
        { workshopId: "b", title: "Rekruttere helsepersonell" },
        { workshopId: "a", title: "Digitale tjenester" },
        { workshopId: "a", title: "Digital tjeneste" },
        { workshopId: "b", title: "Frivillighet" },
      ],
      [],
    );
    const suggestions = suggestPairs(groups);
    expect(suggestions.map((s) => [s.from.title, s.to.title])).toEqual([["Rekruttere helsepersonell", "Rekruttering av helsepersonell"]]);
    expect(nameSimilarity("frivillighet", "digital tjeneste")).toBeLessThan(0.45);
  });
});
