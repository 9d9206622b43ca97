// The one place that names the Yjs types inside a board document. Layout:
//
//   notes       Y.Map<noteId, Y.Map>   text: Y.Text, colour, authorId, authorName,
//                                      authorOrganisation, createdAt, focusAreaId,
//                                      origin ({boardId, noteId} on a copy), phaseId
//   focusAreas  Y.Map<areaId, Y.Map>   title, colour, order, rank, origin
//   chains      Y.Map<chainId, Y.Map>  focusAreaId, goal, final, actions: Y.Map<actionId, Y.Map>
//   positions   Y.Array<{k, v:{x,y}}>  overwrite-only registers (see registers.ts)
//   sizes       Y.Array<{k, v:{w,h}}>
//
// Positions and sizes are not Y.Map keys on purpose: every Y.Map.set leaves a tombstone
// that never merges, so a note dragged ten thousand times would grow the document by about
// 90 KB. Registers in a Y.Array delete the old entry, and runs of deleted entries collapse.
import * as Y from "yjs";

export const rootNames = {
  notes: "notes",
  focusAreas: "focusAreas",
  chains: "chains",
  positions: "positions",
  sizes: "sizes",
} as const;

export interface BoardRoots {
  notes: Y.Map<unknown>;
  focusAreas: Y.Map<unknown>;
  chains: Y.Map<unknown>;
  positions: Y.Array<unknown>;
  sizes: Y.Array<unknown>;
}

export function boardRoots(doc: Y.Doc): BoardRoots {
  return {
    notes: doc.getMap(rootNames.notes),
    focusAreas: doc.getMap(rootNames.focusAreas),
    chains: doc.getMap(rootNames.chains),
    positions: doc.getArray(rootNames.positions),
    sizes: doc.getArray(rootNames.sizes),
  };
}

/** Every shared type of the board, e.g. for an UndoManager's scope. */
export function boardTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  const roots = boardRoots(doc);
  return [roots.notes, roots.focusAreas, roots.chains, roots.positions, roots.sizes] as Y.AbstractType<unknown>[];
}

export const noteKeys = {
  text: "text",
  colour: "colour",
  authorId: "authorId",
  authorName: "authorName",
  authorOrganisation: "authorOrganisation",
  createdAt: "createdAt",
  focusAreaId: "focusAreaId",
  origin: "origin",
  phaseId: "phaseId",
} as const;

export const focusAreaKeys = { title: "title", colour: "colour", order: "order", rank: "rank", origin: "origin" } as const;

export const chainKeys = { focusAreaId: "focusAreaId", goal: "goal", final: "final", actions: "actions" } as const;

export const actionKeys = {
  what: "what",
  responsible: "responsible",
  responsibleOrganisation: "responsibleOrganisation",
  partners: "partners",
  start: "start",
  deadline: "deadline",
  resources: "resources",
  indicator: "indicator",
  status: "status",
  dependsOn: "dependsOn",
  sourceNoteIds: "sourceNoteIds",
  /** Sort key; moving an action writes a number between its new neighbours. */
  position: "position",
} as const;

export function childMap(parent: Y.Map<unknown>, id: string): Y.Map<unknown> | null {
  const value = parent.get(id);
  return value instanceof Y.Map ? value : null;
}
