// Who took part: counts by organisation and by sector always; names only when the workshop
// is not anonymous. Removed participants are left out (they were sent away or left).
import { sectorOfOrganisation } from "../../lib/domain/voting/organisationSector";
import { isProjectorScreen } from "../room/projectorScreen";
import type { ReportInput, ReportModel } from "./types";

export function buildParticipation(input: ReportInput): ReportModel["participation"] {
  // The projector's screen is an observer row, not a person who took part.
  const present = input.participants.filter((p) => !p.removed && !isProjectorScreen(p));
  const participants = present.filter((p) => p.role !== "observer");
  // The organisation's sector, as in the voting breakdown; the person's own field is often a role.
  const sectorOf = sectorOfOrganisation(input.organisations);
  const orgPosition = new Map(input.organisations.map((o) => [o.name.toLocaleLowerCase("nb"), o.position]));

  const byOrg = new Map<string, { name: string; sector: string | null; count: number }>();
  for (const p of participants) {
    const key = p.organisation.trim().toLocaleLowerCase("nb");
    const row = byOrg.get(key) ?? { name: p.organisation.trim(), sector: sectorOf(p.organisation, p.sector), count: 0 };
    row.count += 1;
    byOrg.set(key, row);
  }
  const byOrganisation = [...byOrg.entries()]
    .sort(([ka, a], [kb, b]) => (orgPosition.get(ka) ?? Infinity) - (orgPosition.get(kb) ?? Infinity) || a.name.localeCompare(b.name, "nb"))
    .map(([, row]) => row);

  const bySectorMap = new Map<string | null, number>();
  for (const row of byOrganisation) bySectorMap.set(row.sector, (bySectorMap.get(row.sector) ?? 0) + row.count);
  const bySector = [...bySectorMap.entries()].map(([sector, count]) => ({ sector, count })).sort((a, b) => b.count - a.count);

  const tableName = new Map(input.tables.map((t) => [t.id, t.name]));
  const people = input.workshop.anonymous
    ? null
    : present
        .map((p) => ({
          name: p.displayName,
          organisation: p.organisation,
          sector: p.sector,
          role: p.role,
          table: p.tableId ? (tableName.get(p.tableId) ?? null) : null,
        }))
        .sort((a, b) => a.organisation.localeCompare(b.organisation, "nb") || a.name.localeCompare(b.name, "nb"));

  return { total: participants.length, observers: present.length - participants.length, byOrganisation, bySector, people };
}
