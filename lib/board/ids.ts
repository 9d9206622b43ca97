// Ids for notes, areas, chains and actions. lib0's generator works in browsers on plain
// http (venue wifi often has no TLS), where crypto.randomUUID is unavailable.
import { uuidv4 } from "lib0/random";

export function newId(): string {
  return uuidv4();
}
