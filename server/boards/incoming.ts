// Decodes one client message strictly. Anything that is not exactly a y-websocket message
// we understand becomes a BadMessage carrying the close code for that connection; lib0's
// decoders throw on truncated input, so nothing here can loop or crash the process
// (y-websocket #82: a text frame; yjs #498: a zero-length update). Updates and presence states
// are measured against the board's limits here, before anything hands them to Yjs.
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { closeCode, messageType } from "../../lib/board/protocol";
import { BadAwareness, readAwareness, type AwarenessEntry } from "./awarenessCheck";
import { firstViolation, MalformedUpdate, scanUpdate, type ScannedUpdate } from "./scanUpdate";

export type Incoming =
  | { kind: "syncStep1"; stateVector: Uint8Array }
  | { kind: "update"; update: Uint8Array; scan: ScannedUpdate }
  | { kind: "awareness"; update: Uint8Array; entries: AwarenessEntry[] }
  | { kind: "queryAwareness" };

export class BadMessage extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const syncStep = { step1: 0, step2: 1, update: 2 } as const;

function finished(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) throw new BadMessage(closeCode.malformed, "trailing bytes after the message");
}

function validUpdate(update: Uint8Array): { scan: ScannedUpdate } {
  if (update.byteLength === 0) throw new BadMessage(closeCode.invalidUpdate, "zero-length update");
  let scan: ScannedUpdate;
  try {
    // The whole update is read without touching any document: a malformed one fails here,
    // before it can half-apply to the shared board.
    scan = scanUpdate(update);
  } catch (error) {
    if (error instanceof MalformedUpdate) throw new BadMessage(closeCode.invalidUpdate, `update does not decode: ${error.message}`);
    throw error;
  }
  const violation = firstViolation(scan);
  if (violation) throw new BadMessage(closeCode.beyondLimits, `update beyond the board's limits: ${violation}`);
  return { scan };
}

export function decodeIncoming(data: Uint8Array): Incoming {
  if (data.byteLength === 0) throw new BadMessage(closeCode.malformed, "empty message");
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case messageType.sync: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        finished(decoder);
        if (step === syncStep.step1) {
          try {
            Y.decodeStateVector(payload);
          } catch {
            throw new BadMessage(closeCode.malformed, "state vector does not decode");
          }
          return { kind: "syncStep1", stateVector: payload };
        }
        if (step === syncStep.step2 || step === syncStep.update) return { kind: "update", update: payload, ...validUpdate(payload) };
        throw new BadMessage(closeCode.unknownType, `unknown sync step ${step}`);
      }
      case messageType.awareness: {
        const update = decoding.readVarUint8Array(decoder);
        finished(decoder);
        try {
          return { kind: "awareness", update, entries: readAwareness(update) };
        } catch (error) {
          if (error instanceof BadAwareness) throw new BadMessage(error.code, error.message);
          throw error;
        }
      }
      case messageType.queryAwareness:
        finished(decoder);
        return { kind: "queryAwareness" };
      default:
        throw new BadMessage(closeCode.unknownType, `unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof BadMessage) throw error;
    throw new BadMessage(closeCode.malformed, `malformed message: ${(error as Error).message}`);
  }
}
