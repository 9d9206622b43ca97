// Reads a Yjs update (v1, what y-websocket sends) without Yjs and without recursion, and
// measures what it holds: how deep its values nest, how long its strings are, which root types
// it names. Yjs's own decoder and encoder recurse into nested values, so how deep they manage
// depends on how much stack is left at that moment: a warm server accepted a value that a
// freshly started one (or its own encoder, writing the snapshot) could not read back (the
// yjs #652 family). Here every nesting level costs an array slot, not a stack frame, so the
// verdict is the same on every server, warm or cold, and nothing is handed to Yjs that exceeds
// `contentLimits`, well inside what its recursion always manages.
//
// The result also lists each struct's id, parent references and byte range, which is what
// editPolicy.ts reads to decide who an edit touches and rewriteUpdate.ts uses to neutralise parts.
import * as decoding from "lib0/decoding";
import { boardRootNames } from "../../lib/board/authorship";

export const contentLimits = {
  /**
   * Nesting of arrays and objects inside one value. The board's deepest value is a register
   * entry `{k, v: {x, y}}` (2); Yjs's recursive readers manage thousands.
   */
  depth: 16,
  /** Characters in one string (note texts are at most 2,000), bytes in one binary value. */
  stringLength: 32_768,
  /** A client id is 32 bits in Yjs; clocks stay far below 2^32 in any real board. */
  client: 0xffff_ffff,
  clock: 0xffff_ffff,
} as const;

export interface StructId {
  client: number;
  clock: number;
}

/** What an item's content is, as far as the edit policy needs to know. */
export type ContentKind = "deleted" | "json" | "binary" | "string" | "embed" | "format" | "type" | "any" | "doc";

export interface ScannedStruct {
  kind: "item" | "gc" | "skip";
  client: number;
  clock: number;
  length: number;
  /** Byte range of the whole struct inside the update. */
  start: number;
  end: number;
  /** Where the content starts (after the info byte and references); items only. */
  contentStart: number;
  info: number;
  origin: StructId | null;
  rightOrigin: StructId | null;
  /** A root type's name, when the parent is a root type. */
  parentRoot: string | null;
  /** The item whose content is the parent type, when given explicitly. */
  parentItem: StructId | null;
  /** The map key, when the item is a map entry and its parent is given explicitly. */
  parentSub: string | null;
  content: ContentKind | null;
  /** For "type" content: Yjs's type ref (0 Array, 1 Map, 2 Text, …). */
  typeRef: number | null;
  /** Why this struct is beyond contentLimits, or null. */
  violation: string | null;
  /** Whether the violation is in its references (a root name, a key) rather than its content. */
  violationInHeader: boolean;
}

export interface ClientBlock {
  client: number;
  clock: number;
  /** Index of its first struct in `structs`. */
  first: number;
  count: number;
}

export interface DeleteRange {
  client: number;
  clock: number;
  length: number;
}

export interface ScannedUpdate {
  bytes: Uint8Array;
  blocks: ClientBlock[];
  structs: ScannedStruct[];
  deletes: DeleteRange[];
  /** Offset where the delete set starts. */
  deleteSetStart: number;
}

/** The bytes are not a Yjs update at all: truncated, trailing bytes, unknown content. */
export class MalformedUpdate extends Error {}

const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;
const contentKinds: (ContentKind | null)[] = [null, "deleted", "json", "binary", "string", "embed", "format", "type", "any", "doc", null];
const knownRoots = new Set<string>(boardRootNames);
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function readId(decoder: decoding.Decoder): StructId {
  return { client: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder) };
}

/** Reads a string that the check needs the value of (a root name, a map key). */
function readString(decoder: decoding.Decoder, note: (v: string) => void): string {
  const value = decoding.readVarString(decoder);
  if (value.length > contentLimits.stringLength) note(`a string of ${value.length} characters (at most ${contentLimits.stringLength})`);
  return value;
}

/**
 * Steps over a string without decoding it (most of an update is strings); returns where its
 * UTF-8 bytes start and end. More bytes than the limit in characters means more characters
 * than the limit only if they are all one byte, so the length is counted where it matters
 * (an estimate for broken UTF-8, which only matters for the limit, not for any clock).
 */
function skipString(decoder: decoding.Decoder, note: (v: string) => void): [number, number] {
  const length = decoding.readVarUint(decoder);
  const start = decoder.pos;
  if (start + length > decoder.arr.length) throw new MalformedUpdate("a string runs past the end of the update");
  decoder.pos += length;
  if (length > contentLimits.stringLength) {
    const chars = utf16Length(decoder.arr, start, decoder.pos);
    if (chars > contentLimits.stringLength) note(`a string of ${chars} characters (at most ${contentLimits.stringLength})`);
  }
  return [start, decoder.pos];
}

/** How many UTF-16 code units (JavaScript string length, Yjs's clock units) the UTF-8 bytes decode to. */
function utf16Length(bytes: Uint8Array, start: number, end: number): number {
  let units = 0;
  for (let i = start; i < end; i++) {
    const byte = bytes[i];
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1; // a lead byte; four-byte sequences are surrogate pairs
  }
  return units;
}

/**
 * Skips one lib0 `any` value (the encoding of ContentAny) with an explicit stack, noting its
 * nesting depth and string lengths. Tags: lib0/decoding.js readAnyLookupTable.
 */
function skipAny(decoder: decoding.Decoder, note: (v: string) => void): void {
  // Per open container: how many values are left, and whether each is preceded by a key.
  const remaining: number[] = [1];
  const keyed: boolean[] = [false];
  let noted = false;
  while (remaining.length > 0) {
    const top = remaining.length - 1;
    if (remaining[top] === 0) {
      remaining.pop();
      keyed.pop();
      continue;
    }
    remaining[top]--;
    if (keyed[top]) skipString(decoder, note);
    const tag = decoding.readUint8(decoder);
    switch (tag) {
      case 127: // undefined
      case 126: // null
      case 121: // false
      case 120: // true
        break;
      case 125:
        decoding.readVarInt(decoder);
        break;
      case 124:
        decoding.readUint8Array(decoder, 4);
        break;
      case 123:
      case 122:
        decoding.readUint8Array(decoder, 8);
        break;
      case 119:
        skipString(decoder, note);
        break;
      case 118:
      case 117: {
        const count = decoding.readVarUint(decoder);
        remaining.push(count);
        keyed.push(tag === 118);
        // The value itself is level 0; each container opened inside it adds one.
        if (remaining.length - 1 > contentLimits.depth && !noted) {
          noted = true;
          note(`a value nested more than ${contentLimits.depth} levels deep`);
        }
        break;
      }
      case 116: {
        const bytes = decoding.readVarUint8Array(decoder);
        if (bytes.byteLength > contentLimits.stringLength) note(`a binary value of ${bytes.byteLength} bytes`);
        break;
      }
      default:
        throw new MalformedUpdate(`unknown value tag ${tag}`);
    }
  }
}

/**
 * Checks a JSON text's nesting without parsing it (JSON.stringify recurses; JSON.parse does
 * not). Works on a string or on its UTF-8 bytes: every character it looks at is ASCII.
 */
export function jsonDepth(text: string | Uint8Array, start = 0, end = text.length): number {
  const at = typeof text === "string" ? (i: number) => text.charCodeAt(i) : (i: number) => text[i];
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = at(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

function readJsonString(decoder: decoding.Decoder, note: (v: string) => void): void {
  const [start, end] = skipString(decoder, note);
  // Yjs parses it as one JSON value; depth 1 is a flat array or object.
  if (jsonDepth(decoder.arr, start, end) > contentLimits.depth) note(`a JSON value nested more than ${contentLimits.depth} levels deep`);
}

/** Reads one item's content; returns its length in clock units. */
function readContent(decoder: decoding.Decoder, struct: ScannedStruct, note: (v: string) => void): number {
  switch (struct.content) {
    case "deleted":
      return decoding.readVarUint(decoder);
    case "json": {
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) readJsonString(decoder, note);
      return count;
    }
    case "binary": {
      const bytes = decoding.readVarUint8Array(decoder);
      if (bytes.byteLength > contentLimits.stringLength) note(`a binary value of ${bytes.byteLength} bytes`);
      return 1;
    }
    case "string": {
      // Its length is the item's length in clock units, so it must be exactly what Yjs will
      // count: strict UTF-8 (Yjs would replace broken bytes, and the count could differ).
      const [start, end] = skipString(decoder, note);
      try {
        return strictUtf8.decode(decoder.arr.subarray(start, end)).length;
      } catch {
        throw new MalformedUpdate("a string that is not UTF-8");
      }
    }
    case "embed":
      readJsonString(decoder, note);
      return 1;
    case "format":
      readString(decoder, note);
      readJsonString(decoder, note);
      return 1;
    case "type": {
      const ref = decoding.readVarUint(decoder);
      if (ref > 6) throw new MalformedUpdate(`unknown type ref ${ref}`);
      struct.typeRef = ref;
      if (ref === 3 || ref === 5) readString(decoder, note); // XmlElement, XmlHook: node name
      return 1;
    }
    case "any": {
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) skipAny(decoder, note);
      return count;
    }
    case "doc":
      skipString(decoder, note);
      skipAny(decoder, note);
      note("subdocuments are not part of a board");
      return 1;
    default:
      throw new MalformedUpdate("unknown content");
  }
}

/**
 * Scans a whole update. Throws MalformedUpdate when it is not one; otherwise every struct
 * carries `violation` (null when within limits).
 */
export function scanUpdate(bytes: Uint8Array): ScannedUpdate {
  const decoder = decoding.createDecoder(bytes);
  const blocks: ClientBlock[] = [];
  const structs: ScannedStruct[] = [];
  const deletes: DeleteRange[] = [];
  const seen = new Set<number>();
  try {
    const clientCount = decoding.readVarUint(decoder);
    for (let b = 0; b < clientCount; b++) {
      const count = decoding.readVarUint(decoder);
      const client = decoding.readVarUint(decoder);
      let clock = decoding.readVarUint(decoder);
      if (client > contentLimits.client) throw new MalformedUpdate(`client id ${client} is beyond 32 bits`);
      // Yjs keeps only the last block of a client listed twice: what we checked must be what applies.
      if (seen.has(client)) throw new MalformedUpdate(`client ${client} appears twice`);
      seen.add(client);
      blocks.push({ client, clock, first: structs.length, count });
      for (let i = 0; i < count; i++) {
        const start = decoder.pos;
        const info = decoding.readUint8(decoder);
        const ref = info & 0b11111;
        const struct: ScannedStruct = {
          kind: "item",
          client,
          clock,
          length: 0,
          start,
          end: start,
          contentStart: start,
          info,
          origin: null,
          rightOrigin: null,
          parentRoot: null,
          parentItem: null,
          parentSub: null,
          content: null,
          typeRef: null,
          violation: null,
          violationInHeader: false,
        };
        const note = (why: string) => (struct.violation ??= why);
        if (ref === 0 || ref === 10) {
          struct.kind = ref === 0 ? "gc" : "skip";
          struct.length = decoding.readVarUint(decoder);
        } else {
          const kind = contentKinds[ref];
          if (!kind) throw new MalformedUpdate(`unknown content ref ${ref}`);
          struct.content = kind;
          if (info & BIT8) struct.origin = readId(decoder);
          if (info & BIT7) struct.rightOrigin = readId(decoder);
          if ((info & (BIT7 | BIT8)) === 0) {
            if (decoding.readVarUint(decoder) === 1) {
              struct.parentRoot = readString(decoder, note);
              if (!knownRoots.has(struct.parentRoot)) note(`a root type the board does not have (${JSON.stringify(struct.parentRoot.slice(0, 40))})`);
            } else struct.parentItem = readId(decoder);
            if (info & BIT6) struct.parentSub = readString(decoder, note);
          }
          struct.violationInHeader = struct.violation !== null;
          struct.contentStart = decoder.pos;
          struct.length = readContent(decoder, struct, note);
        }
        struct.end = decoder.pos;
        // Yjs integrates zero-length structs as nothing but they still need an id.
        if (struct.length < 1) throw new MalformedUpdate("a struct of length 0");
        clock += struct.length;
        if (clock > contentLimits.clock) throw new MalformedUpdate(`clock ${clock} is beyond 32 bits`);
        structs.push(struct);
      }
    }
    const deleteSetStart = decoder.pos;
    const dsClients = decoding.readVarUint(decoder);
    for (let c = 0; c < dsClients; c++) {
      const client = decoding.readVarUint(decoder);
      const ranges = decoding.readVarUint(decoder);
      for (let r = 0; r < ranges; r++) {
        const clock = decoding.readVarUint(decoder);
        const length = decoding.readVarUint(decoder);
        if (client > contentLimits.client || clock + length > contentLimits.clock) throw new MalformedUpdate("a deletion beyond 32-bit ids");
        if (length > 0) deletes.push({ client, clock, length });
      }
    }
    if (decoding.hasContent(decoder)) throw new MalformedUpdate("trailing bytes after the update");
    return { bytes, blocks, structs, deletes, deleteSetStart };
  } catch (error) {
    if (error instanceof MalformedUpdate) throw error;
    throw new MalformedUpdate((error as Error).message);
  }
}

/** The first struct beyond the limits, if any, as a sentence for a close reason or a log. */
export function firstViolation(scan: ScannedUpdate): string | null {
  for (const struct of scan.structs) if (struct.violation) return struct.violation;
  return null;
}
