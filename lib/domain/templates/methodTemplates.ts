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
//
// «Hva er viktig for deg?» follows the person-centred question of the same name used in
// Norwegian health and care services: the people who use a service (and their relatives) speak
// first, among themselves, about what matters to them; staff listen before they answer; only
// then do both sides meet, name what keeps coming back, and agree on changes the users can check.
//
// Oppfølgingsmøte (follow-up meeting) starts where an earlier workshop ended: its first phase
// puts that workshop's action chains, with their owners' latest status, on the plenary board
// (server/workshop/followUp/followUpMeeting.ts), and the meeting continues them.
import { z } from "zod";
import type { PhaseDraft } from "./phase";

export const METHOD_KEYS = ["searchConference", "dialogueConference", "whatMatters", "followUpMeeting", "free"] as const;
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

const whatMatters: Record<Locale, MethodTemplate> = {
  nb: {
    key: "whatMatters",
    name: "Hva er viktig for deg?",
    description: "Brukerdialog om en tjeneste: brukere og pårørende forteller først, ansatte lytter, så blir dere enige om endringer brukerne kan kjenne igjen.",
    phases: [
      {
        kind: "plenary",
        title: "Velkommen: hvorfor vi spør",
        prompt: "I dag er det dere som bruker tjenesten som har ordet. Spørsmålet er «Hva er viktig for deg?», ikke «Hva er i veien med deg?». Alt som skrives her, brukes til å gjøre tjenesten bedre. Ingen svar er feil.",
        timeboxMinutes: 15,
        groupMode: "plenary",
      },
      {
        kind: "groupWork",
        title: "Hva er viktig for deg?",
        prompt: "Tenk på en dag eller en situasjon der tjenesten betydde noe for deg, på godt eller vondt. Hva var viktig for deg da? Skriv én ting per lapp, med egne ord. Brukere og pårørende sitter sammen; ansatte sitter for seg og skriver hva de tror er viktig for brukerne.",
        timeboxMinutes: 30,
        groupMode: "homogeneous",
      },
      {
        kind: "groupWork",
        title: "Det som fungerer, og det som mangler",
        prompt: "Nå sitter brukere og ansatte sammen. Les hverandres lapper høyt. Ansatte lytter først og spør bare for å forstå. Hva fungerer i dag? Hva må bli annerledes for at tjenesten skal svare på det som er viktig?",
        timeboxMinutes: 40,
        groupMode: "mixed",
      },
      {
        kind: "focusAreas",
        title: "Det som går igjen",
        prompt: "Samle lappene i grupper som hører sammen, og gi hver gruppe et navn med brukernes egne ord.",
        timeboxMinutes: 30,
        groupMode: "plenary",
      },
      {
        kind: "prioritising",
        title: "Hva gjør vi noe med først?",
        prompt: "Fordel prikkene dine på det du mener er viktigst å endre først. Brukernes stemmer teller like mye som de ansattes.",
        timeboxMinutes: 15,
        groupMode: "plenary",
      },
      {
        kind: "actionChains",
        title: "Endringer brukerne kan merke",
        prompt: "Hva kan vi gjøre annerledes allerede neste måned? Hvem har ansvaret, og hvordan spør vi brukerne om det har virket?",
        timeboxMinutes: 45,
        groupMode: "mixed",
      },
      {
        kind: "summary",
        title: "Dette har vi hørt",
        prompt: "Si hovedpunktene tilbake med brukernes egne ord. Fortell hva som skjer videre, hvem som har ansvaret, og når dere kommer tilbake og forteller hvordan det gikk.",
        timeboxMinutes: 15,
        groupMode: "plenary",
      },
    ],
  },
  en: {
    key: "whatMatters",
    name: "What matters to you?",
    description: "A user dialogue about a service: users and relatives speak first, staff listen, then you agree on changes the users will notice.",
    phases: [
      {
        kind: "plenary",
        title: "Welcome: why we ask",
        prompt: "Today the people who use the service have the floor. The question is “What matters to you?”, not “What is the matter with you?”. Everything written here is used to make the service better. No answer is wrong.",
        timeboxMinutes: 15,
        groupMode: "plenary",
      },
      {
        kind: "groupWork",
        title: "What matters to you?",
        prompt: "Think of a day or a situation when the service mattered to you, for better or worse. What was important to you then? Write one thing per note, in your own words. Users and relatives sit together; staff sit apart and write what they believe matters to the users.",
        timeboxMinutes: 30,
        groupMode: "homogeneous",
      },
      {
        kind: "groupWork",
        title: "What works, and what is missing",
        prompt: "Users and staff now sit together. Read each other's notes aloud. Staff listen first and ask only to understand. What works today? What has to change for the service to answer what matters?",
        timeboxMinutes: 40,
        groupMode: "mixed",
      },
      {
        kind: "focusAreas",
        title: "What keeps coming back",
        prompt: "Gather the notes into groups that belong together, and name each group in the users' own words.",
        timeboxMinutes: 30,
        groupMode: "plenary",
      },
      {
        kind: "prioritising",
        title: "What do we change first?",
        prompt: "Place your dots on what you think matters most to change first. Users' votes count as much as staff's.",
        timeboxMinutes: 15,
        groupMode: "plenary",
      },
      {
        kind: "actionChains",
        title: "Changes the users will notice",
        prompt: "What can we do differently as soon as next month? Who is responsible, and how do we ask the users whether it worked?",
        timeboxMinutes: 45,
        groupMode: "mixed",
      },
      {
        kind: "summary",
        title: "What we have heard",
        prompt: "Say the main points back in the users' own words. Tell what happens next, who is responsible, and when you will come back and tell how it went.",
        timeboxMinutes: 15,
        groupMode: "plenary",
      },
    ],
  },
};

const followUpMeeting: Record<Locale, MethodTemplate> = {
  nb: {
    key: "followUpMeeting",
    name: "Oppfølgingsmøte",
    description: "Gjennomgang av tiltakskjedene fra en tidligere samling med status fra de ansvarlige, og videreføring av dem.",
    phases: [
      {
        kind: "actionChains",
        title: "Gjennomgang av tiltakskjedene",
        prompt: "Tiltakskjedene fra forrige samling ligger på tavla med status og frist slik de ansvarlige sist meldte. Gå gjennom kjede for kjede: hva er gjort, hva har stoppet opp, og stemmer fristene?",
        timeboxMinutes: 45,
        groupMode: "plenary",
      },
      {
        kind: "groupWork",
        title: "Hva har hjulpet, hva har hindret?",
        prompt: "For tiltakene som har stoppet opp eller er forsinket: hva har hindret dem, og hva har hjulpet der det har gått bra?",
        timeboxMinutes: 30,
        groupMode: "mixed",
      },
      {
        kind: "actionChains",
        title: "Videreføring av kjedene",
        prompt: "Fortsett kjedene: legg til neste tiltak, flytt frister som må flyttes, og avklar hvem som tar over der ansvaret er uklart.",
        timeboxMinutes: 45,
        groupMode: "mixed",
      },
      {
        kind: "summary",
        title: "Oppsummering og neste møte",
        prompt: "Hva er neste steg i hver kjede, og hvem tar det? Avtal når dere møtes igjen for neste gjennomgang.",
        timeboxMinutes: 15,
        groupMode: "plenary",
      },
    ],
  },
  en: {
    key: "followUpMeeting",
    name: "Follow-up meeting",
    description: "A review of an earlier workshop's action chains with the owners' latest status, and their continuation.",
    phases: [
      {
        kind: "actionChains",
        title: "Review of the action chains",
        prompt: "The action chains from the last workshop are on the board with status and deadline as their owners last reported them. Go through chain by chain: what is done, what has stalled, and are the deadlines right?",
        timeboxMinutes: 45,
        groupMode: "plenary",
      },
      {
        kind: "groupWork",
        title: "What has helped, what has held us back?",
        prompt: "For the actions that have stalled or are late: what held them back, and what helped where things went well?",
        timeboxMinutes: 30,
        groupMode: "mixed",
      },
      {
        kind: "actionChains",
        title: "Continuing the chains",
        prompt: "Continue the chains: add the next action, move deadlines that must move, and agree who takes over where responsibility is unclear.",
        timeboxMinutes: 45,
        groupMode: "mixed",
      },
      {
        kind: "summary",
        title: "Summary and next meeting",
        prompt: "What is the next step in each chain, and who takes it? Agree when you meet again for the next review.",
        timeboxMinutes: 15,
        groupMode: "plenary",
      },
    ],
  },
};

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
    case "whatMatters":
      return whatMatters[locale];
    case "followUpMeeting":
      return followUpMeeting[locale];
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
