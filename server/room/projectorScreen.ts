// The workshop's projector is an observer row (projectorLink.ts), not a person: counts of who
// took part leave it out. Pure, so the report worker can use it without the link's QR code.

/** The projector observer's name where observers are listed (the set-up page's seating list). */
export const PROJECTOR_NAME = "Projektor";
/** Observers made by a link carry no organisation; "-" keeps the column non-empty. */
export const PROJECTOR_ORGANISATION = "-";

export function isProjectorScreen(p: { role: string; displayName: string | null; organisation: string }): boolean {
  return p.role === "observer" && p.displayName === PROJECTOR_NAME && p.organisation === PROJECTOR_ORGANISATION;
}
