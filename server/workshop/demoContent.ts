// The demo's sample content: an inter-municipal public-health search conference in the style
// of those held in Trøndelag. People, notes and areas are invented; the municipalities are real.

export const demoTitle = "Folkehelse i Midt-regionen 2030";

export const demoMunicipalities = [
  "Trondheim kommune",
  "Malvik kommune",
  "Melhus kommune",
  "Skaun kommune",
  "Orkland kommune",
  "Midtre Gauldal kommune",
  "Stjørdal kommune",
  "Selbu kommune",
  "Tydal kommune",
  "Holtålen kommune",
  "Røros kommune",
  "Frøya kommune",
  "Hitra kommune",
  "Oppdal kommune",
];

export const demoOtherOrganisations = [
  { name: "St. Olavs hospital HF", sector: "helseforetak" },
  { name: "Trøndelag fylkeskommune", sector: "fylkeskommune" },
  { name: "Frivilligsentralen Midt", sector: "frivillighet" },
  { name: "Røde Kors Trøndelag", sector: "frivillighet" },
] as const;

/** [name, organisation] */
export const demoParticipants: Array<[string, string]> = [
  ["Ingrid Haugen", "Trondheim kommune"],
  ["Ola Nordmo", "Trondheim kommune"],
  ["Siri Lien", "Malvik kommune"],
  ["Kjetil Aune", "Melhus kommune"],
  ["Marit Berg", "Skaun kommune"],
  ["Arne Solli", "Orkland kommune"],
  ["Hanne Moen", "Midtre Gauldal kommune"],
  ["Per Ivar Dahl", "Stjørdal kommune"],
  ["Guri Kvål", "Selbu kommune"],
  ["Eirik Rønning", "Røros kommune"],
  ["Lise Strand", "Frøya kommune"],
  ["Tor Hitland", "Oppdal kommune"],
  ["Dr. Nina Vik", "St. Olavs hospital HF"],
  ["Jon Sæther", "St. Olavs hospital HF"],
  ["Kari Fossum", "Trøndelag fylkeskommune"],
  ["Bjørn Eggen", "Trøndelag fylkeskommune"],
  ["Randi Grøtte", "Frivilligsentralen Midt"],
  ["Ahmed Yusuf", "Røde Kors Trøndelag"],
];

/** Written at the tables in the first two phases, one list per table, cycled if there are more tables. */
export const demoFutureNotes = [
  ["Barn og unge har trygge møteplasser i hver bygd", "Alle skoler har daglig fysisk aktivitet", "Lavterskeltilbud for psykisk helse uten ventetid"],
  ["Eldre bor hjemme lenger med god støtte", "Kommunene deler på spesialkompetanse", "Pasienten opplever én helhetlig tjeneste"],
  ["Frivilligheten er en likeverdig partner", "Gang- og sykkelveier binder bygdene sammen", "Ingen er ensomme mot sin vilje"],
  ["Folkehelse er med i all planlegging", "Felles data viser hvor behovet er størst", "Sunn mat er det enkle valget i kantiner"],
];

export const demoObstacleNotes = [
  ["Små kommuner har ikke egen folkehelsekoordinator", "Lange avstander og lite kollektivtrafikk"],
  ["Budsjett i siloer: ingen eier de felles tiltakene", "Tjenestene snakker ikke sammen om pasienten"],
  ["Frivillige blir slitne og eldre", "Mangler lokaler som er åpne på kveldstid"],
  ["Prosjekter stopper når prosjektpengene tar slutt", "Vanskelig å måle effekt av forebygging"],
];

/** Gathered in plenary (phase 3), each with the notes that belong to it. */
export const demoFocusAreas: Array<{ title: string; colour: "blue" | "green" | "purple"; notes: Array<[string, string]> }> = [
  {
    title: "Møteplasser og psykisk helse for unge",
    colour: "blue",
    notes: [
      ["Ungdomsklubb åpen flere kvelder i uka", "Malvik kommune"],
      ["Helsesykepleier tilgjengelig også etter skoletid", "Melhus kommune"],
      ["Ungdomsråd med reell innflytelse", "Trøndelag fylkeskommune"],
    ],
  },
  {
    title: "Helhetlige tjenester for eldre",
    colour: "green",
    notes: [
      ["Felles ambulant team mellom sykehus og kommune", "St. Olavs hospital HF"],
      ["Velferdsteknologi i alle hjem som ønsker det", "Orkland kommune"],
      ["Besøksvenn til alle over 80 som bor alene", "Røde Kors Trøndelag"],
    ],
  },
  {
    title: "Aktive og inkluderende lokalsamfunn",
    colour: "purple",
    notes: [
      ["Skolens lokaler åpne for lag og foreninger", "Frivilligsentralen Midt"],
      ["Turstier med universell utforming", "Røros kommune"],
    ],
  },
];
