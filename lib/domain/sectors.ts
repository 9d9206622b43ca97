// The kinds of organisation that meet at Norwegian inter-municipal workshops. Pure (no I/O),
// so forms in the browser use the same list and the same guess as the server.
import { z } from "zod";

export const SECTORS = ["kommune", "fylkeskommune", "helseforetak", "stat", "universitet", "frivillighet", "naeringsliv", "annet"] as const;
export type Sector = (typeof SECTORS)[number];
export const sectorSchema = z.enum(SECTORS);

// Order matters: "fylkeskommune" contains "kommune", and "Helse Midt-Norge RHF" is state-owned.
const hints: Array<[RegExp, Sector]> = [
  [/fylkeskommune|fylke\b|county/i, "fylkeskommune"],
  [/kommune|municipality/i, "kommune"],
  [/helseforetak|sykehus|\bhf\b|hospital|health trust/i, "helseforetak"],
  [/universitet|høgskole|hogskole|ntnu|\buit\b|university|college/i, "universitet"],
  [/frivillig|lag og foreninger|røde kors|rode kors|nasjonalforening|idrettslag|volunteer|\blhl\b|mental helse/i, "frivillighet"],
  [/direktorat|statsforvalter|nav\b|\brhf\b|departement|state|ministry/i, "stat"],
  [/\bas\b|\basa\b|bedrift|næringsforening|naeringsforening|company/i, "naeringsliv"],
];

/** A first guess from the name; the facilitator can always change it. */
export function guessSector(name: string): Sector {
  for (const [pattern, sector] of hints) if (pattern.test(name)) return sector;
  return "annet";
}
