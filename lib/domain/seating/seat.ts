// What table assignment needs to know about a participant. Organisation names partly come
// from free text, so grouping ignores case and surrounding spaces ("Bergen kommune" and
// "bergen kommune " are one organisation).

export type Seat = { id: string; organisation: string; sector?: string | null };

export function organisationKey(seat: Seat): string {
  return seat.organisation.trim().toLocaleLowerCase("nb");
}

/** An unknown sector is a group of its own, keyed by the empty string. */
export function sectorKey(seat: Seat): string {
  return (seat.sector ?? "").trim().toLocaleLowerCase("nb");
}
