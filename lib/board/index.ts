// Public face of the board document module. Import from "@/lib/board" only.
export * from "./schema";
export { readBoard } from "./readBoard";
export { addNote, updateNoteText, recolourNote, moveNotes, resizeNote, deleteNotes, forgetAuthorName, type AddNoteInput, type NoteMove } from "./notes";
export {
  createFocusArea,
  renameFocusArea,
  recolourFocusArea,
  resizeFocusArea,
  moveNotesToFocusArea,
  mergeFocusAreas,
  dissolveFocusArea,
  setFocusAreaRanks,
  type CreateFocusAreaInput,
} from "./focusAreas";
export { addActionChain, setChainGoal, setChainFinal, addAction, updateAction, moveAction, deleteAction, deleteActionChain, forgetNameInActions, type ActionFields } from "./chains";
export { copyFocusAreasFrom } from "./copy";
export { takeWorkFrom, type TakenWork } from "./reveal";
export { reorderAction } from "./chainReorder";
export { subscribeBoard, createBoardStore, createBoardUndoManager, type BoardStore } from "./subscribe";
export { boardTypes } from "./shape";
export * from "./protocol";
export { mayRewriteNote, sharedNoteFields, type BoardEditor, type BoardEditorKind } from "./authorship";
export { presenceStateSchema, presenceLimits, type PresenceState } from "./presence";
export { watchDurability, type DurabilityState, type AckingProvider } from "./durability";
export { findFreeSpot, overlapArea, crowdedNotes, placementGap, type Rect, type Point } from "./placement";
