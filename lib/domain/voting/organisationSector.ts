// Which sector a participant counts under in results ("Etter sektor"): the sector of their
// organisation as the facilitator set it in the organisations editor. The participant's own
// "sector or role" field is free text ("rådgiver", "leder") and groups nobody; it counts only
// when the organisation is not on the workshop's list and the person picked a known sector.
import { SECTORS } from "../sectors";

const known = new Set<string>(SECTORS);
const keyOf = (name: string) => name.trim().toLocaleLowerCase("nb");

export type SectorOf = (organisation: string, ownSector?: string | null) => string | null;

export function sectorOfOrganisation(organisations: ReadonlyArray<{ name: string; sector: string | null }>): SectorOf {
  const byName = new Map(organisations.map((o) => [keyOf(o.name), o.sector]));
  return (organisation, ownSector) => {
    const listed = byName.get(keyOf(organisation));
    if (listed) return listed;
    const own = ownSector?.trim() ?? "";
    return known.has(own) ? own : null;
  };
}
