// What becomes of one update a client sent: applied as it is, applied with the parts the
// sender may not make neutralised (the sender is told, and drops its copy of the board), not
// applied at all (an observer), or the connection is closed. The content limits were checked
// when the message was decoded (incoming.ts); this decides by who sent it and to which board.
import type * as Y from "yjs";
import type { BoardEditor } from "../../lib/board/authorship";
import { closeCode, type RefusalCode } from "../../lib/board/protocol";
import { changesDocument, decideEdit } from "./editPolicy";
import { withoutRefused } from "./rewriteUpdate";
import type { ScannedUpdate } from "./scanUpdate";

/** Why (part of) an edit was refused, for the sender. */
export interface EditRefusal {
  code: RefusalCode;
  sentence: string;
}

export type Admission =
  /** Nothing to apply (a no-op, or an observer's edit); tell the sender `refusal` if set. */
  | { kind: "skip"; refusal: EditRefusal | null }
  | { kind: "apply"; update: Uint8Array; refusal: EditRefusal | null }
  | { kind: "close"; code: number; reason: string };

export function admitUpdate(doc: Y.Doc, update: Uint8Array, scan: ScannedUpdate, editor: BoardEditor, locked: boolean): Admission {
  if (!changesDocument(doc, scan)) return { kind: "skip", refusal: null };
  if (editor.kind === "observer") return { kind: "skip", refusal: { code: "observer", sentence: "observers can follow the board but not edit it; your change was not saved" } };
  const decision = decideEdit(doc, scan, editor);
  if (decision.kind === "missing") return { kind: "close", code: closeCode.resync, reason: `${decision.reason}; reconnect to sync` };
  // The whole edit is taken out, but its ids are kept (as GC) so it can never come back.
  if (locked && editor.kind !== "facilitator") {
    return { kind: "apply", update: withoutRefused(scan, "all", "all"), refusal: { code: "locked", sentence: "the board is locked; your change was not saved" } };
  }
  if (decision.kind === "accept") return { kind: "apply", update, refusal: null };
  return { kind: "apply", update: withoutRefused(scan, decision.structs, decision.deletes), refusal: { code: "notYours", sentence: `${decision.reason}; that change was not saved` } };
}
