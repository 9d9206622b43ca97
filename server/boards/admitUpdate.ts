// What becomes of one update a client sent: applied as it is, applied with the parts the
// sender may not make taken out (the sender is told, and drops its copy of the board), not
// applied at all (an observer), or the connection is closed. The content limits were checked
// when the message was decoded (incoming.ts); this decides by who sent it and to which board.
//
// Refused parts of the sender's own edits become GC structs, so their ids stay taken and the
// same edit can never come back (rewriteUpdate.ts). Edits under a client id that is not the
// sender's are left out instead, so that their author can still bring them: after a crash
// lost edits the server had already relayed, whoever reconnects first sends everyone's
// unstored edits along with their own, and a relayed note in its author's name must not be
// taken as a forgery for good. Edits under a client id another live connection speaks for are
// always left out: nobody may write in someone else's stream of edits.
import * as Y from "yjs";
import type { BoardEditor } from "../../lib/board/authorship";
import { closeCode, type RefusalCode } from "../../lib/board/protocol";
import { changesDocument, decideEdit } from "./editPolicy";
import { withoutRefused } from "./rewriteUpdate";
import { scanUpdate, type ScannedUpdate } from "./scanUpdate";

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

/** Whose stream of edits a Yjs client id is: this connection's, another live connection's, or nobody's now. */
export type ClientOwner = (client: number) => "mine" | "theirs" | "nobody";

export function admitUpdate(doc: Y.Doc, update: Uint8Array, scan: ScannedUpdate, editor: BoardEditor, locked: boolean, ownerOf: ClientOwner = () => "mine"): Admission {
  if (!changesDocument(doc, scan)) return { kind: "skip", refusal: null };
  if (editor.kind === "observer") return { kind: "skip", refusal: { code: "observer", sentence: "observers can follow the board but not edit it; your change was not saved" } };
  const decision = decideEdit(doc, scan, editor);
  if (decision.kind === "missing") return { kind: "close", code: closeCode.resync, reason: `${decision.reason}; reconnect to sync` };
  const lockedOut = locked && editor.kind !== "facilitator";

  // Sort every refused struct (on a locked board: every struct) into GC or left out.
  const state = (client: number) => Y.getState(doc.store, client);
  const refused = (index: number) => lockedOut || (decision.kind === "refuse" && decision.structs.has(index));
  const sort = (leaveOutUnowned: boolean) => {
    const gc = new Set<number>();
    const dropFrom = new Map<number, number>();
    for (const block of scan.blocks) {
      const owner = ownerOf(block.client);
      // A client id nobody speaks for is the sender's own if this update starts it.
      const mine = owner === "mine" || (owner === "nobody" && block.clock === 0 && state(block.client) === 0);
      for (let i = block.first; i < block.first + block.count; i++) {
        const struct = scan.structs[i];
        if (struct.clock + struct.length <= state(block.client)) continue; // a duplicate: Yjs skips it
        if (owner === "theirs" || (!mine && leaveOutUnowned && refused(i))) {
          // Everything from here on: the rest of this client's edits would have a gap.
          dropFrom.set(block.client, i);
          break;
        }
        if (refused(i)) gc.add(i);
      }
    }
    return { gc, dropFrom };
  };
  const deletes = lockedOut ? "all" : decision.kind === "refuse" ? decision.deletes : [];
  // What the sender built on edits left out cannot apply: it would wait as pending. Then the
  // unowned edits are refused for good after all (GC), rather than leave the sender unable to sync.
  let sorted = sort(true);
  if (sorted.gc.size === 0 && sorted.dropFrom.size === 0 && deletes !== "all" && deletes.length === 0) return { kind: "apply", update, refusal: null };
  let rewritten = withoutRefused(scan, sorted.gc, deletes, sorted.dropFrom);
  const stranded = () => sorted.dropFrom.size > 0 && decideEdit(doc, scanUpdate(rewritten), { ...editor, kind: "facilitator" }).kind === "missing";
  if (stranded()) {
    sorted = sort(false);
    rewritten = withoutRefused(scan, sorted.gc, deletes, sorted.dropFrom);
    if (stranded()) return { kind: "close", code: closeCode.resync, reason: "the update builds on edits that are not the sender's to send; reconnect to sync" };
  }
  const ownRefused = sorted.gc.size > 0 || deletes === "all" || deletes.length > 0;
  const refusal: EditRefusal = !ownRefused
    ? { code: "resync", sentence: "the update carried other people's edits the server could not take from you; sync again" }
    : lockedOut
      ? { code: "locked", sentence: "the board is locked; your change was not saved" }
      : { code: "notYours", sentence: `${decision.kind === "refuse" ? decision.reason : "refused"}; that change was not saved` };
  return { kind: "apply", update: rewritten, refusal };
}
