// The built-in methods a facilitator starts from. Prompts and titles are default content of a
// new workshop (the facilitator edits them per workshop), not UI strings, so they live here in
// both languages rather than in messages/.
//
// Søkekonferanse follows the funnel used in Norwegian regional and inter-municipal search
// conferences: everyone first pictures the desired future and names the obstacles in base
// groups of their own kind, the plenary then gathers that into shared focus areas and
// prioritises them, and cross groups of mixed organisations turn the top areas into action
// chains before a closing plenary.
//
// Dialogkonferanse follows the round structure of the Scandinavian dialogue conference:
// every round is instructions in plenary, group work on one theme, short reports back; the
// groups alternate base → cross → base so that perspectives first form, then meet, then
// return home as commitments.
import { z } from "zod";
import type { PhaseDraft } from "./phase";

export const METHOD_KEYS = ["searchConference", "dialogueConference", "free"] as const;
export type MethodKey = (typeof METHOD_KEYS)[number];
export const methodKeySchema = z.enum(METHOD_KEYS);

export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);

export type MethodTemplate = {
  key: MethodKey;
  name: string;
  description: string;
  phases: readonly PhaseDraft[];
};

const searchConference: Record<Locale, MethodTemplate> = {
  nb: {
    key: "searchConference",
    name: "Søkekonferanse",
    description:
      "Fra ønsket framtid via hindringer til prioriterte satsningsområder og tiltakskjeder med ansvarlige.",
    phases: [
      {
        kind: "futureImage",
        title: "Ønsket framtid",
        prompt: "Tenk deg at det er fem år fram i tid og vi har lyktes. Hva ser vi da? Skriv én tanke per lapp.",
        timeboxMinutes: 45,
        groupMode: "homogeneous",
      },
      {
        kind: "obstacles",
        title: "Hindringer og utfordringer",
        prompt: "Hva står i veien for den ønskede framtiden i dag? Hva må vi få til som vi ikke får til nå?",
        timeboxMinutes: 40,
        groupMode: "homogeneous",
      },
      {
        kind: "focusAreas",
        title: "Satsningsområder",
        prompt: "Samle lappene fra bordene i grupper som hører sammen, og gi hver gruppe et navn: det er satsningsområdene.",
        timeboxMinutes: 45,
        groupMode: "plenary",
      },
      {
        kind: "prioritising",
        title: "Prioritering",
        prompt: "Fordel prikkene dine på de satsningsområdene du mener er viktigst å jobbe videre med.",
        timeboxMinutes: 20,
        groupMode: "plenary",
      },
      {
        kind: "actionChains",
        title: "Tiltakskjeder",
        prompt: "Sett et mål for satsningsområdet og lag en kjede av konkrete tiltak: hva skjer først, og hvem har ansvaret?",
        timeboxMinutes: 60,
        groupMode: "mixed",
      },
      {
        kind: "summary",
        title: "Oppsummering",
        prompt: "Hver gruppe presenterer tiltakskjeden sin. Hva er første steg, og hvem tar det?",
        timeboxMinutes: 30,
        groupMode: "plenary",
      },
    ],
  },
  en: {
    key: "searchConference",
    name: "Search conference",
    description: "From a desired future through obstacles to prioritised focus areas and action chains with owners.",
    phases: [
      {
        kind: "futureImage",
        title: "Desired future",
        prompt: "Imagine it is five years from now and we have succeeded. What do we see? Write one thought per note.",
        timeboxMinutes: 45,
        groupMode: "homogeneous",
      },
      {
        kind: "obstacles",
        title: "Obstacles and challenges",
        prompt: "What stands in the way of that future today? What must we achieve that we do not achieve now?",
        timeboxMinutes: 40,
        groupMode: "homogeneous",
      },
      {
        kind: "focusAreas",
        title: "Focus areas",
        prompt: "Gather the tables' notes into groups that belong together and name each group: these are the focus areas.",
        timeboxMinutes: 45,
        groupMode: "plenary",
      },
      {
        kind: "prioritising",
        title: "Prioritising",
        prompt: "Spread your dots over the focus areas you think matter most to take further.",
        timeboxMinutes: 20,
        groupMode: "plenary",
      },
      {
        kind: "actionChains",
        title: "Action chains",
        prompt: "Set a goal for the focus area and build a chain of concrete actions: what happens first, and who is responsible?",
        timeboxMinutes: 60,
        groupMode: "mixed",
      },
      {
        kind: "summary",
        title: "Summary",
        prompt: "Each group presents its action chain. What is the first step, and who takes it?",
        timeboxMinutes: 30,
        groupMode: "plenary",
      },
    ],
  },
};

type Round = { groupMode: "homogeneous" | "mixed"; theme: string; question: string };

/** Builds one dialogue round: instructions, group work on the theme, short reports. */
function dialogueRound(locale: Locale, n: number, round: Round): PhaseDraft[] {
  const groups =
    locale === "nb"
      ? round.groupMode === "homogeneous" ? "basisgrupper" : "tverrgrupper"
      : round.groupMode === "homogeneous" ? "base groups" : "cross groups";
  if (locale === "nb") {
    return [
      {
        kind: "plenary",
        title: `Runde ${n}: innledning`,
        prompt: `Tema: ${round.theme}. Vi jobber i ${groups}. Spørsmålet er: ${round.question}`,
        timeboxMinutes: 10,
        groupMode: "plenary",
      },
      {
        kind: "groupWork",
        title: `Runde ${n}: ${round.theme}`,
        prompt: round.question,
        timeboxMinutes: 45,
        groupMode: round.groupMode,
        // The dialogue conference's way: each person writes their own notes first, then shares.
        silentWriting: true,
      },
      {
        kind: "plenary",
        title: `Runde ${n}: korte rapporter`,
        prompt: "Hver gruppe legger fram de viktigste punktene på to minutter.",
        timeboxMinutes: 20,
        groupMode: "plenary",
      },
    ];
  }
  return [
    {
      kind: "plenary",
      title: `Round ${n}: introduction`,
      prompt: `Theme: ${round.theme}. We work in ${groups}. The question is: ${round.question}`,
      timeboxMinutes: 10,
      groupMode: "plenary",
    },
    {
      kind: "groupWork",
      title: `Round ${n}: ${round.theme}`,
      prompt: round.question,
      timeboxMinutes: 45,
      groupMode: round.groupMode,
      silentWriting: true,
    },
    {
      kind: "plenary",
      title: `Round ${n}: short reports`,
      prompt: "Each group presents its main points in two minutes.",
      timeboxMinutes: 20,
      groupMode: "plenary",
    },
  ];
}

const dialogueRounds: Record<Locale, Round[]> = {
  nb: [
    { groupMode: "homogeneous", theme: "visjon", question: "Hvordan ser et godt samarbeid ut om fem år, sett fra der dere står?" },
    { groupMode: "mixed", theme: "hindringer og muligheter", question: "Hva hindrer oss, og hva kan vi få til sammen som ingen får til alene?" },
    { groupMode: "homogeneous", theme: "veien videre", question: "Hva vil dere gjøre selv, og hva trenger dere fra de andre?" },
  ],
  en: [
    { groupMode: "homogeneous", theme: "vision", question: "What does good collaboration look like in five years, seen from where you stand?" },
    { groupMode: "mixed", theme: "obstacles and opportunities", question: "What holds us back, and what can we achieve together that no one achieves alone?" },
    { groupMode: "homogeneous", theme: "the way forward", question: "What will you do yourselves, and what do you need from the others?" },
  ],
};

function dialogueConference(locale: Locale): MethodTemplate {
  const phases = dialogueRounds[locale].flatMap((round, i) => dialogueRound(locale, i + 1, round));
  phases.push(
    locale === "nb"
      ? { kind: "summary", title: "Oppsummering", prompt: "Hva tar vi med oss, og hva er neste skritt?", timeboxMinutes: 20, groupMode: "plenary" }
      : { kind: "summary", title: "Summary", prompt: "What do we take with us, and what is the next step?", timeboxMinutes: 20, groupMode: "plenary" },
  );
  return {
    key: "dialogueConference",
    name: locale === "nb" ? "Dialogkonferanse" : "Dialogue conference",
    description:
      locale === "nb"
        ? "Runder med basisgrupper, tverrgrupper og basisgrupper igjen, med korte rapporter i plenum etter hver runde."
        : "Rounds of base groups, cross groups and base groups again, with short plenary reports after each round.",
    phases,
  };
}

const free: Record<Locale, MethodTemplate> = {
  nb: {
    key: "free",
    name: "Fritt arbeid",
    description: "Én felles tavle uten faste faser.",
    phases: [{ kind: "free", title: "Fritt arbeid", prompt: "Skriv lapper, flytt dem og grupper dem fritt.", timeboxMinutes: null, groupMode: "plenary" }],
  },
  en: {
    key: "free",
    name: "Free work",
    description: "One shared board without fixed phases.",
    phases: [{ kind: "free", title: "Free work", prompt: "Write notes, move them and group them freely.", timeboxMinutes: null, groupMode: "plenary" }],
  },
};

export function methodTemplate(method: MethodKey, locale: Locale): MethodTemplate {
  switch (method) {
    case "searchConference":
      return searchConference[locale];
    case "dialogueConference":
      return dialogueConference(locale);
    case "free":
      return free[locale];
  }
}

export function methodTemplates(locale: Locale): MethodTemplate[] {
  return METHOD_KEYS.map((key) => methodTemplate(key, locale));
}

/** Fresh copies of a template's phases for a new workshop; the caller numbers the positions. */
export function instantiateTemplate(method: MethodKey, locale: Locale): PhaseDraft[] {
  return methodTemplate(method, locale).phases.map((phase) => ({ ...phase }));
}
