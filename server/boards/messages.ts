// Encoders for the y-websocket messages the server sends.
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as authProtocol from "y-protocols/auth";
import * as syncProtocol from "y-protocols/sync";
import type * as Y from "yjs";
import { messageType } from "../../lib/board/protocol";

function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const syncStep1 = (doc: Y.Doc) => message(messageType.sync, (e) => syncProtocol.writeSyncStep1(e, doc));
/** Sync step 2 carrying an already encoded update (what syncProtocol.writeSyncStep2 writes). */
export const syncStep2FromUpdate = (update: Uint8Array) =>
  message(messageType.sync, (e) => {
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(e, update);
  });
export const syncUpdate = (update: Uint8Array) => message(messageType.sync, (e) => syncProtocol.writeUpdate(e, update));
export const permissionDenied = (reason: string) => message(messageType.auth, (e) => authProtocol.writePermissionDenied(e, reason));
export const awarenessUpdate = (awareness: awarenessProtocol.Awareness, clients: number[]) =>
  message(messageType.awareness, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients)));
