// The organisations invited to a workshop (e.g. 14 municipalities, the health trust, the
// county, volunteers). Participants pick from this list when they join, and results are
// broken down by it, so names must be unique within a workshop.
import type { Db } from "../platform/db/client";
import { organisationKey } from "../../lib/domain/seating/seat";
import { WorkshopError } from "./errors";
import { organisationListSchema, type OrganisationInput } from "./input";
import { guessSector, type Sector } from "../../lib/domain/sectors";

type Organisation = { name: string; sector: Sector | null };

/**
 * Drops repeats (ignoring case and spaces, as table assignment does) keeping the first, so
 * pasting a list twice is harmless. A missing sector is guessed from the name.
 */
export function uniqueOrganisations(list: readonly OrganisationInput[]): Organisation[] {
  const parsed = organisationListSchema.parse(list);
  const seen = new Set<string>();
  const result: Organisation[] = [];
  for (const org of parsed) {
    const key = organisationKey({ id: "", organisation: org.name });
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ name: org.name, sector: org.sector ?? guessSector(org.name) });
  }
  return result;
}

/** Replaces the list; refuses repeats the facilitator typed on purpose (same name twice). */
export async function setOrganisations(db: Db, workshopId: string, list: readonly OrganisationInput[]) {
  const parsed = organisationListSchema.parse(list);
  const unique = uniqueOrganisations(parsed);
  if (unique.length !== parsed.length) {
    const seen = new Set<string>();
    const repeated = parsed.find((o) => {
      const key = organisationKey({ id: "", organisation: o.name });
      if (seen.has(key)) return true;
      seen.add(key);
      return false;
    });
    throw new WorkshopError("duplicateOrganisation", { name: repeated?.name });
  }
  const exists = await db.workshop.count({ where: { id: workshopId } });
  if (!exists) throw new WorkshopError("notFound");
  await db.$transaction([
    db.workshopOrganisation.deleteMany({ where: { workshopId } }),
    db.workshopOrganisation.createMany({ data: unique.map((o, position) => ({ workshopId, name: o.name, sector: o.sector, position })) }),
  ]);
  return db.workshopOrganisation.findMany({ where: { workshopId }, orderBy: { position: "asc" } });
}
