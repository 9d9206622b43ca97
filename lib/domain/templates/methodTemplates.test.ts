import { describe, expect, it } from "vitest";
import { LOCALES, METHOD_KEYS, instantiateTemplate, methodTemplate, methodTemplates } from "./methodTemplates";
import { boardScope, phaseSchema } from "./phase";

describe("method templates", () => {
  it("every phase of every template in every language passes the phase schema", () => {
    for (const locale of LOCALES) {
      for (const method of METHOD_KEYS) {
        const phases = instantiateTemplate(method, locale);
        expect(phases.length).toBeGreaterThan(0);
        for (const phase of phases) expect(phaseSchema.parse(phase)).toEqual(phase);
      }
    }
  });

  it("runs the search conference as a funnel with base groups, plenary and cross groups", () => {
    const phases = instantiateTemplate("searchConference", "nb");
    expect(phases.map((p) => [p.kind, p.groupMode])).toEqual([
      ["futureImage", "homogeneous"],
      ["obstacles", "homogeneous"],
      ["focusAreas", "plenary"],
      ["prioritising", "plenary"],
      ["actionChains", "mixed"],
      ["summary", "plenary"],
    ]);
    expect(phases[0].title).toBe("Ønsket framtid");
    expect(phases.every((p) => p.timeboxMinutes !== null && p.timeboxMinutes > 0)).toBe(true);
  });

  it("runs the dialogue conference in rounds: plenary instructions, group work, plenary reports", () => {
    const phases = instantiateTemplate("dialogueConference", "nb");
    const rounds = phases.filter((p) => p.kind !== "summary");
    expect(rounds.length % 3).toBe(0);
    const groupModes: string[] = [];
    for (let i = 0; i < rounds.length; i += 3) {
      expect(rounds[i]).toMatchObject({ kind: "plenary", groupMode: "plenary" });
      expect(rounds[i + 1].kind).toBe("groupWork");
      expect(rounds[i + 2]).toMatchObject({ kind: "plenary", groupMode: "plenary" });
      groupModes.push(rounds[i + 1].groupMode);
    }
    expect(groupModes).toEqual(["homogeneous", "mixed", "homogeneous"]);
    // The instructions name the theme the groups then work on.
    expect(rounds[0].prompt).toContain(rounds[1].prompt);
    expect(phases.at(-1)?.kind).toBe("summary");
  });

  it("has one free board phase for free work", () => {
    expect(instantiateTemplate("free", "en")).toEqual([
      expect.objectContaining({ kind: "free", groupMode: "plenary", timeboxMinutes: null }),
    ]);
  });

  it("has the same phase structure in nb and en, with translated text", () => {
    for (const method of METHOD_KEYS) {
      const nb = instantiateTemplate(method, "nb");
      const en = instantiateTemplate(method, "en");
      expect(en.map((p) => [p.kind, p.groupMode, p.timeboxMinutes])).toEqual(
        nb.map((p) => [p.kind, p.groupMode, p.timeboxMinutes]),
      );
      expect(en.map((p) => p.title)).not.toEqual(nb.map((p) => p.title));
    }
    expect(methodTemplate("dialogueConference", "en").name).toBe("Dialogue conference");
    expect(methodTemplates("nb").map((t) => t.key)).toEqual([...METHOD_KEYS]);
  });

  it("hands out copies, so editing a new workshop cannot change the built-in template", () => {
    const first = instantiateTemplate("searchConference", "nb");
    first[0].title = "Endret";
    first.pop();
    const second = instantiateTemplate("searchConference", "nb");
    expect(second[0].title).toBe("Ønsket framtid");
    expect(second).toHaveLength(6);
  });

  it("maps group modes to the plenary board or the tables' boards", () => {
    expect(boardScope("plenary")).toBe("plenary");
    expect(boardScope("mixed")).toBe("tables");
    expect(boardScope("homogeneous")).toBe("tables");
  });
});

describe("phaseSchema", () => {
  const valid = { kind: "obstacles", title: "Hindringer", prompt: "Hva er viktig for deg?", timeboxMinutes: 30, groupMode: "mixed" };

  it("accepts a valid phase and trims text", () => {
    expect(phaseSchema.parse({ ...valid, title: "  Hindringer " }).title).toBe("Hindringer");
  });

  it("rejects unknown kinds and group modes, empty titles and silly timeboxes", () => {
    expect(phaseSchema.safeParse({ ...valid, kind: "brainstorm" }).success).toBe(false);
    expect(phaseSchema.safeParse({ ...valid, groupMode: "random" }).success).toBe(false);
    expect(phaseSchema.safeParse({ ...valid, title: "   " }).success).toBe(false);
    expect(phaseSchema.safeParse({ ...valid, timeboxMinutes: 0 }).success).toBe(false);
    expect(phaseSchema.safeParse({ ...valid, timeboxMinutes: 2.5 }).success).toBe(false);
    expect(phaseSchema.safeParse({ ...valid, timeboxMinutes: 601 }).success).toBe(false);
    expect(phaseSchema.safeParse({ ...valid, timeboxMinutes: null }).success).toBe(true);
  });
});

describe("«Hva er viktig for deg?» and the follow-up meeting", () => {
  it("let users speak among themselves before staff answer, and end with changes the users can check", () => {
    for (const locale of LOCALES) {
      const phases = instantiateTemplate("whatMatters", locale);
      const firstGroup = phases.find((p) => p.kind === "groupWork");
      expect(firstGroup?.groupMode).toBe("homogeneous");
      expect(phases.map((p) => p.kind)).toEqual(["plenary", "groupWork", "groupWork", "focusAreas", "prioritising", "actionChains", "summary"]);
    }
    expect(methodTemplate("whatMatters", "nb").name).toBe("Hva er viktig for deg?");
  });
  it("opens the follow-up meeting with a plenary review of the chains", () => {
    for (const locale of LOCALES) expect(instantiateTemplate("followUpMeeting", locale)[0]).toMatchObject({ kind: "actionChains", groupMode: "plenary" });
  });
});
