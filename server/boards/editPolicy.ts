// Decides, before an update touches the board, which of its parts the sender may make.
// Yjs cannot take an applied update back, so the check reads the update's structure (from
// scanUpdate.ts) against the live document: for every new item, where it lands (through its
// explicit parent or its left/right neighbours, as Yjs resolves them); for every deletion,
// which existing item it removes. The rules are lib/board/authorship.ts.
//
// The answer is either "apply as is", "apply with these parts refused" (rewriteUpdate.ts
// turns refused items into GC structs and drops refused deletions), or "this refers to content
// the server does not have": Yjs would keep such an update pending and integrate it later,
// when nobody checks it any more, so the sender is asked to resync instead.
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { mayRewriteNote, noteLayout, sharedNoteFields, type BoardEditor } from "../../lib/board/authorship";
import type { DeleteRange, ScannedStruct, ScannedUpdate, StructId } from "./scanUpdate";

export type EditDecision =
  | { kind: "accept" }
  | { kind: "refuse"; structs: Set<number>; deletes: DeleteRange[]; reason: string }
  | { kind: "missing"; reason: string };

/** A shared type: one in the document, or one this update creates (by struct index). */
type TypeRef = { doc: Y.AbstractType<unknown> } | { update: number };
/** Where an item lands: its parent type and map key, or nowhere (Yjs will garbage-collect it). */
type Place = { type: TypeRef; sub: string | null } | "dead";
/** The note an item belongs to, and under which of the note's fields. */
type NoteContext = { note: TypeRef; noteItem: Y.Item | number; field: string | null; direct: boolean } | null;

class Missing extends Error {}

export function decideEdit(doc: Y.Doc, scan: ScannedUpdate, editor: BoardEditor): EditDecision {
  try {
    return new EditCheck(doc, scan, editor).run();
  } catch (error) {
    if (error instanceof Missing) return { kind: "missing", reason: error.message };
    throw error;
  }
}

class EditCheck {
  private readonly store: Y.Doc["store"];
  private readonly notesRoot: Y.AbstractType<unknown>;
  /** Per client: indexes of the update's structs, in clock order. */
  private readonly byClient = new Map<number, number[]>();
  private readonly places = new Map<number, Place>();
  private readonly refused = new Set<number>();
  private readonly refusedDeletes: DeleteRange[] = [];
  /** Notes this update creates (struct indexes), and the authorId values written into any. */
  private readonly newNotes = new Set<number>();
  private readonly authorWrites = new Map<number, unknown[]>();
  private reason: string | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly scan: ScannedUpdate,
    private readonly editor: BoardEditor,
  ) {
    this.store = doc.store;
    this.notesRoot = doc.getMap(noteLayout.root) as Y.AbstractType<unknown>;
    for (const block of scan.blocks) this.byClient.set(block.client, range(block.first, block.count));
  }

  run(): EditDecision {
    this.checkContiguous();
    const participant = this.editor.kind !== "facilitator";
    this.scan.structs.forEach((struct, index) => {
      if (struct.kind !== "item" || !this.isNew(struct)) return;
      const place = this.placeOf(index);
      if (participant && place !== "dead") this.checkItem(index, place);
    });
    for (const range of this.scan.deletes) this.checkDelete(range, participant);
    if (participant) {
      for (const index of this.newNotes) {
        const authors = this.authorWrites.get(index) ?? [];
        if (authors.length === 0 || authors.some((id) => id !== this.editor.id)) this.refuse(index, "a new note must carry its author's own id");
      }
    }
    if (this.refused.size === 0 && this.refusedDeletes.length === 0) return { kind: "accept" };
    return { kind: "refuse", structs: this.refused, deletes: this.refusedDeletes, reason: this.reason ?? "refused" };
  }

  private refuse(index: number, reason: string): void {
    this.refused.add(index);
    this.reason ??= reason;
  }

  private state(client: number): number {
    return Y.getState(this.store, client);
  }

  private isNew(struct: ScannedStruct): boolean {
    return struct.clock + struct.length > this.state(struct.client);
  }

  /** Yjs applies a client's structs only without gaps; a gap would leave the rest pending. */
  private checkContiguous(): void {
    for (const block of this.scan.blocks) {
      let covered = this.state(block.client);
      for (let i = block.first; i < block.first + block.count; i++) {
        const struct = this.scan.structs[i];
        if (struct.clock > covered) throw new Missing(`the update skips part of client ${block.client}'s edits`);
        if (struct.kind !== "skip") covered = Math.max(covered, struct.clock + struct.length);
      }
    }
  }

  /** A struct of this update holding `id`, if it is one the document does not have yet. */
  private inUpdate(id: StructId): number | null {
    const indexes = this.byClient.get(id.client);
    if (!indexes) return null;
    let low = 0;
    let high = indexes.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = this.scan.structs[indexes[mid]];
      if (id.clock < struct.clock) high = mid - 1;
      else if (id.clock >= struct.clock + struct.length) low = mid + 1;
      else return struct.kind === "skip" ? null : indexes[mid];
    }
    return null;
  }

  /**
   * What `from` refers to with `id`: a struct of the document, one of this update, or nothing
   * known. A reference forward within the sender's own edits is not something Yjs can apply
   * (it throws halfway through), so it counts as unknown.
   */
  private resolve(id: StructId, from: ScannedStruct): { doc: Y.Item | Y.GC } | { update: number } {
    if (id.clock < this.state(id.client)) return { doc: Y.getItem(this.store, Y.createID(id.client, id.clock)) as Y.Item | Y.GC };
    const index = this.inUpdate(id);
    if (index === null || (id.client === from.client && id.clock >= from.clock)) throw new Missing("the update builds on content the server does not have");
    return { update: index };
  }

  /**
   * Where struct `index` lands, as Yjs's Item.getMissing decides it: the explicit parent, or
   * the parent of its left (else right) neighbour; nowhere if a neighbour or the parent is
   * garbage-collected (or refused here, which becomes the same). Iterative: a chain of items
   * each placed after the previous one can be long.
   */
  private placeOf(index: number): Place {
    const pending: number[] = [index];
    const waiting = new Set<number>();
    while (pending.length > 0) {
      const current = pending[pending.length - 1];
      if (this.places.has(current)) {
        pending.pop();
        continue;
      }
      const result = this.placeStep(current);
      if (typeof result === "number") {
        // Items placed after each other in a circle: Yjs would keep them pending forever.
        if (waiting.has(result)) throw new Missing("the update's items refer to each other in a circle");
        waiting.add(current);
        pending.push(result);
      } else {
        this.places.set(current, result);
        pending.pop();
      }
    }
    return this.places.get(index)!;
  }

  /** A place, or the index of a struct whose place must be known first. */
  private placeStep(index: number): Place | number {
    const struct = this.scan.structs[index];
    if (this.refused.has(index)) return "dead";
    if (struct.kind !== "item") return "dead";
    if (struct.parentRoot !== null) return { type: { doc: this.doc.get(struct.parentRoot) as Y.AbstractType<unknown> }, sub: struct.parentSub };
    if (struct.parentItem) {
      const parent = this.resolve(struct.parentItem, struct);
      if ("update" in parent) {
        if (this.refused.has(parent.update)) return "dead";
        return this.scan.structs[parent.update].content === "type" ? { type: { update: parent.update }, sub: struct.parentSub } : "dead";
      }
      return parent.doc instanceof Y.Item && parent.doc.content instanceof Y.ContentType ? { type: { doc: parent.doc.content.type as Y.AbstractType<unknown> }, sub: struct.parentSub } : "dead";
    }
    const left = struct.origin ? this.resolve(struct.origin, struct) : null;
    const right = struct.rightOrigin ? this.resolve(struct.rightOrigin, struct) : null;
    for (const side of [left, right]) {
      if (!side) continue;
      if ("doc" in side && !(side.doc instanceof Y.Item)) return "dead";
      if ("update" in side && (this.refused.has(side.update) || this.scan.structs[side.update].kind !== "item")) return "dead";
    }
    const neighbour = left ?? right;
    if (!neighbour) return "dead";
    if ("update" in neighbour) {
      const known = this.places.get(neighbour.update);
      return known === undefined ? neighbour.update : known;
    }
    const item = neighbour.doc as Y.Item;
    return { type: { doc: item.parent as Y.AbstractType<unknown> }, sub: item.parentSub };
  }

  /** The item holding a shared type, and where that item is; null for a root type. */
  private container(type: TypeRef): { item: Y.Item | number; place: Place } | null {
    if ("update" in type) return { item: type.update, place: this.placeOf(type.update) };
    const item = type.doc._item;
    if (!item) return null;
    return { item, place: { type: { doc: item.parent as Y.AbstractType<unknown> }, sub: item.parentSub } };
  }

  private isNotesRoot(type: TypeRef): boolean {
    return "doc" in type && type.doc === this.notesRoot;
  }

  /** Walks up from a place to the note it is inside, if any. */
  private noteContext(place: { type: TypeRef; sub: string | null }): NoteContext {
    let type = place.type;
    let field = place.sub;
    let direct = true;
    for (;;) {
      const up = this.container(type);
      if (!up || up.place === "dead") return null;
      if (this.isNotesRoot(up.place.type)) return { note: type, noteItem: up.item, field, direct };
      field = up.place.sub;
      type = up.place.type;
      direct = false;
    }
  }

  /** Who wrote a note of the document, or undefined if it is deleted (then nothing can happen to it). */
  private authorOf(noteItem: Y.Item): string | null | undefined {
    if (noteItem.deleted || !(noteItem.content instanceof Y.ContentType)) return undefined;
    const author = (noteItem.content.type as Y.Map<unknown>).get(noteLayout.authorId);
    return typeof author === "string" ? author : null;
  }

  private mayRewrite(noteItem: Y.Item): boolean {
    const author = this.authorOf(noteItem);
    return author === undefined || mayRewriteNote(this.editor, author);
  }

  private checkItem(index: number, place: { type: TypeRef; sub: string | null }): void {
    const struct = this.scan.structs[index];
    if (this.isNotesRoot(place.type)) {
      // A value for notes[id] replaces whatever note is there.
      const existing = place.sub === null ? undefined : (this.notesRoot as unknown as { _map: Map<string, Y.Item> })._map.get(place.sub);
      if (existing && !this.mayRewrite(existing)) return this.refuse(index, "you can only rewrite or delete your own notes");
      if (struct.content === "type" && struct.typeRef === 1) this.newNotes.add(index);
      return;
    }
    const context = this.noteContext(place);
    if (!context) return;
    if (typeof context.noteItem === "number") {
      // Inside a note this update creates: only its authorship is checked (in run()).
      if (context.direct && context.field === noteLayout.authorId) {
        const writes = this.authorWrites.get(context.noteItem) ?? [];
        writes.push(this.anyValue(struct));
        this.authorWrites.set(context.noteItem, writes);
      }
      return;
    }
    if (context.direct && context.field === noteLayout.authorId) {
      if (!this.mayRewrite(context.noteItem) || this.anyValue(struct) !== this.editor.id) this.refuse(index, "a note's author cannot be changed");
      return;
    }
    if (context.direct && context.field !== null && sharedNoteFields.has(context.field)) return;
    if (!this.mayRewrite(context.noteItem)) this.refuse(index, "you can only rewrite or delete your own notes");
  }

  private checkDelete(range: DeleteRange, participant: boolean): void {
    const end = range.clock + range.length;
    const known = Math.min(end, this.state(range.client));
    if (known < end) {
      // Deleting what this update itself adds is fine; anything else unknown would wait as pending.
      for (let clock = Math.max(range.clock, known); clock < end; ) {
        const index = this.inUpdate({ client: range.client, clock });
        if (index === null) throw new Missing("the update deletes content the server does not have");
        const struct = this.scan.structs[index];
        clock = struct.clock + struct.length;
      }
    }
    if (!participant || range.clock >= known) return;
    const structs = this.store.clients.get(range.client);
    if (!structs) return;
    for (let i = Y.findIndexSS(structs, range.clock); i < structs.length && structs[i].id.clock < known; i++) {
      const item = structs[i];
      if (!(item instanceof Y.Item) || item.deleted) continue;
      if (!this.mayDelete(item)) {
        const from = Math.max(range.clock, item.id.clock);
        this.refusedDeletes.push({ client: range.client, clock: from, length: Math.min(known, item.id.clock + item.length) - from });
        this.reason ??= "you can only rewrite or delete your own notes";
      }
    }
  }

  /** Whether the editor may delete this existing item (a note, a field's value, some of a text). */
  private mayDelete(item: Y.Item): boolean {
    const parent: TypeRef = { doc: item.parent as Y.AbstractType<unknown> };
    if (this.isNotesRoot(parent)) return this.mayRewrite(item);
    const context = this.noteContext({ type: parent, sub: item.parentSub });
    if (!context || typeof context.noteItem === "number") return true;
    if (context.direct && context.field !== null && sharedNoteFields.has(context.field)) return true;
    return this.mayRewrite(context.noteItem);
  }

  /** The single value of a ContentAny struct (a map field's value), else undefined. */
  private anyValue(struct: ScannedStruct): unknown {
    if (struct.content !== "any" || struct.length !== 1) return undefined;
    // Recursing is safe here: scanUpdate bounded the value's depth.
    const decoder = decoding.createDecoder(this.scan.bytes);
    decoder.pos = struct.contentStart;
    decoding.readVarUint(decoder); // the count, 1
    return decoding.readAny(decoder);
  }
}

function range(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/**
 * Whether applying the update would change the document at all: a struct it does not have, or
 * a deletion of something still there. A reconnecting client's sync reply always carries its
 * whole delete set; on a board it may not edit, that is not an edit to refuse.
 */
export function changesDocument(doc: Y.Doc, scan: ScannedUpdate): boolean {
  const state = (client: number) => Y.getState(doc.store, client);
  if (scan.structs.some((s) => s.kind !== "skip" && s.clock + s.length > state(s.client))) return true;
  for (const range of scan.deletes) {
    if (range.clock + range.length > state(range.client)) return true;
    const structs = doc.store.clients.get(range.client);
    if (!structs) continue;
    for (let i = Y.findIndexSS(structs, range.clock); i < structs.length && structs[i].id.clock < range.clock + range.length; i++) {
      if (structs[i] instanceof Y.Item && !structs[i].deleted) return true;
    }
  }
  return false;
}
