// Search and filter over a board snapshot, shared by the canvas and the list view so both
// show exactly the same notes for the same filter.
import type { BoardColour, NoteSnapshot } from "@/lib/board";

export interface NoteFilter {
  text: string;
  colour: BoardColour | "";
  organisation: string;
}

export const emptyFilter: NoteFilter = { text: "", colour: "", organisation: "" };

export function isFilterActive(filter: NoteFilter): boolean {
  return filter.text.trim() !== "" || filter.colour !== "" || filter.organisation !== "";
}

/** Case- and accent-insensitive, so "tromso" finds "Tromsø" and "AEVAR" finds "Ævar". */
export function foldText(value: string): string {
  return value
    .toLocaleLowerCase("nb")
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

export function matchesFilter(note: NoteSnapshot, filter: NoteFilter): boolean {
  if (filter.colour && note.colour !== filter.colour) return false;
  if (filter.organisation && note.authorOrganisation !== filter.organisation) return false;
  const words = foldText(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(`${note.text} ${note.authorOrganisation} ${note.authorName}`);
  return words.every((word) => haystack.includes(word));
}

/** The organisations that wrote notes on this board, sorted for a select. */
export function organisationsOf(notes: readonly NoteSnapshot[]): string[] {
  const set = new Set<string>();
  for (const note of notes) if (note.authorOrganisation) set.add(note.authorOrganisation);
  return [...set].sort((a, b) => a.localeCompare(b, "nb"));
}
