// Reads a board document into a plain, validated snapshot. Nothing here throws on bad data:
// a value written by a buggy or hostile client becomes a `problem` and a safe default, so
// one bad note cannot blank the board or break the report.
import * as Y from "yjs";
import { z } from "zod";
import { ID_PATTERN, isId } from "../domain/ids";
import { readRegisters } from "./registers";
import {
  actionStatuses,
  boardColours,
  boardColourSchema,
  defaultFocusAreaColour,
  defaultFocusAreaSize,
  defaultNoteColour,
  defaultNoteSize,
  idSchema,
  isoDateSchema,
  limits,
  noteOriginSchema,
  originSchema,
  positionSchema,
  sizeValueSchema,
  timestampSchema,
  type ActionChainSnapshot,
  type ActionSnapshot,
  type BoardProblem,
  type BoardSnapshot,
  type FocusAreaSnapshot,
  type NoteSnapshot,
} from "./schema";
import { actionKeys, boardRoots, chainKeys, focusAreaKeys, noteKeys } from "./shape";

const epoch = "1970-01-01T00:00:00.000Z";

/**
 * How one field is validated. `fast` is a hand-written check that accepts only values the
 * zod schema accepts unchanged; it answers the common case in a few nanoseconds. Anything it
 * does not accept goes to `schema`, which stays the authority: it may still accept the value
 * (an unusual but valid timestamp, say) and otherwise writes the problem's message. Schemas are
 * built once here: building a zod schema costs far more than using it, and reading a
 * 2,000-note board checks about 20,000 fields.
 */
interface Check<T> {
  fast(value: unknown): boolean;
  schema: z.ZodType<T>;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const colourSet = new Set<unknown>(boardColours);
const statusSet = new Set<unknown>(actionStatuses);
// Days 01-28 exist in every month; other days, offsets and other precisions are left to zod.
const plainTimestamp = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

function plainPair(v: unknown, a: string, b: string, inRange: (n: unknown) => boolean): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const record = v as Record<string, unknown>;
  // Two own keys, both the expected ones: exactly what a strict zod object accepts.
  return inRange(record[a]) && inRange(record[b]) && Object.keys(record).length === 2;
}
const isCoordinate = (n: unknown) => isFiniteNumber(n) && n >= -limits.coordinate && n <= limits.coordinate;
const isSize = (n: unknown) => isFiniteNumber(n) && n >= limits.minSize && n <= limits.maxSize;

function text(max: number): Check<string> {
  return { fast: (v) => typeof v === "string" && v.length <= max, schema: z.string().max(max) };
}
const nullable = <T>(check: Check<T>): Check<T | null> => ({ fast: (v) => v === null || check.fast(v), schema: check.schema.nullable() });
const never = () => false;

export const checks = {
  noteText: text(limits.noteText * 4),
  title: text(limits.title),
  field: text(limits.field),
  colour: { fast: (v: unknown) => colourSet.has(v), schema: boardColourSchema } satisfies Check<(typeof boardColours)[number]>,
  id: { fast: isId, schema: idSchema } satisfies Check<string>,
  nullableId: nullable({ fast: isId, schema: idSchema }),
  timestamp: { fast: (v: unknown) => typeof v === "string" && plainTimestamp.test(v), schema: timestampSchema } satisfies Check<string>,
  number: { fast: isFiniteNumber, schema: z.number().finite() } satisfies Check<number>,
  rank: { fast: (v: unknown) => v === null || (Number.isSafeInteger(v) && (v as number) >= 1), schema: z.number().int().min(1).nullable() } satisfies Check<number | null>,
  // Origins are rare (plenary copies): zod alone is fast enough.
  origin: { fast: (v: unknown) => v === null, schema: originSchema.nullable() } satisfies Check<z.infer<typeof originSchema> | null>,
  noteOrigin: { fast: (v: unknown) => v === null, schema: noteOriginSchema.nullable() } satisfies Check<z.infer<typeof noteOriginSchema> | null>,
  boolean: { fast: (v: unknown) => typeof v === "boolean", schema: z.boolean() } satisfies Check<boolean>,
  position: { fast: (v: unknown) => plainPair(v, "x", "y", isCoordinate), schema: positionSchema } satisfies Check<{ x: number; y: number }>,
  size: { fast: (v: unknown) => plainPair(v, "w", "h", isSize), schema: sizeValueSchema } satisfies Check<{ w: number; h: number }>,
  // Actions are few per board; their lists and dates go straight to zod.
  nullableIsoDate: { fast: (v: unknown) => v === null, schema: isoDateSchema.nullable() } satisfies Check<string | null>,
  status: { fast: (v: unknown) => statusSet.has(v), schema: z.enum(actionStatuses) } satisfies Check<(typeof actionStatuses)[number]>,
  stringList: { fast: never, schema: z.array(z.string().max(limits.field)).max(limits.listItems) } satisfies Check<string[]>,
  idList: { fast: never, schema: z.array(idSchema).max(limits.listItems * 10) } satisfies Check<string[]>,
};

function copyPair<T>(value: T): T {
  // zod returns a fresh object for objects; so does the fast path, so no snapshot aliases a
  // value that lives inside the document.
  return typeof value === "object" && value !== null ? ({ ...value } as T) : value;
}

class Reader {
  readonly problems: BoardProblem[] = [];

  field<T>(map: Y.Map<unknown>, key: string, check: Check<T>, fallback: T, path: string): T {
    const raw = map.get(key);
    // Absent fields take their documented default: older documents may predate a field.
    if (raw === undefined) return fallback;
    const value = raw instanceof Y.Text ? raw.toString() : raw;
    if (check.fast(value)) return copyPair(value as T);
    const result = check.schema.safeParse(value);
    if (result.success) return result.data;
    this.problems.push({ path: `${path}.${key}`, message: result.error.issues[0]?.message ?? "invalid" });
    return fallback;
  }

  register<T>(values: Map<string, unknown>, id: string, check: Check<T>, fallback: T, path: string): T {
    const value = values.get(id);
    if (check.fast(value)) return copyPair(value as T);
    const result = check.schema.safeParse(value);
    if (result.success) return result.data;
    this.problems.push({ path, message: values.has(id) ? "invalid" : "missing" });
    return fallback;
  }

  entries(map: Y.Map<unknown>, path: string): [string, Y.Map<unknown>][] {
    const out: [string, Y.Map<unknown>][] = [];
    for (const [id, value] of map.entries()) {
      if (!ID_PATTERN.test(id)) this.problems.push({ path: `${path}`, message: `invalid id ${JSON.stringify(id.slice(0, 80))}` });
      else if (!(value instanceof Y.Map)) this.problems.push({ path: `${path}.${id}`, message: "not a map" });
      else out.push([id, value]);
    }
    return out;
  }
}

function byOrderThenId<T extends { id: string }>(key: (item: T) => number | string) {
  return (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    if (ka < kb) return -1;
    if (ka > kb) return 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

export function readBoard(doc: Y.Doc): BoardSnapshot {
  const roots = boardRoots(doc);
  const r = new Reader();
  const positions = readRegisters(roots.positions);
  const sizes = readRegisters(roots.sizes);
  if (positions.malformed) r.problems.push({ path: "positions", message: `${positions.malformed} malformed entries` });
  if (sizes.malformed) r.problems.push({ path: "sizes", message: `${sizes.malformed} malformed entries` });

  const focusAreas: FocusAreaSnapshot[] = r.entries(roots.focusAreas, "focusAreas").map(([id, map]) => {
    const path = `focusAreas.${id}`;
    const position = r.register(positions.values, id, checks.position, { x: 0, y: 0 }, `${path}.position`);
    const size = r.register(sizes.values, id, checks.size, defaultFocusAreaSize, `${path}.size`);
    return {
      id,
      title: r.field(map, focusAreaKeys.title, checks.title, "", path),
      colour: r.field(map, focusAreaKeys.colour, checks.colour, defaultFocusAreaColour, path),
      ...position,
      ...size,
      order: r.field(map, focusAreaKeys.order, checks.number, 0, path),
      rank: r.field(map, focusAreaKeys.rank, checks.rank, null, path),
      origin: r.field(map, focusAreaKeys.origin, checks.origin, null, path),
      noteIds: [],
    };
  });
  focusAreas.sort(byOrderThenId((a) => a.order));
  const areasById = new Map(focusAreas.map((a) => [a.id, a]));

  const notes: NoteSnapshot[] = r.entries(roots.notes, "notes").map(([id, map]) => {
    const path = `notes.${id}`;
    let focusAreaId = r.field(map, noteKeys.focusAreaId, checks.nullableId, null, path);
    if (focusAreaId !== null && !areasById.has(focusAreaId)) {
      r.problems.push({ path: `${path}.focusAreaId`, message: "refers to a focus area that does not exist" });
      focusAreaId = null;
    }
    return {
      id,
      text: r.field(map, noteKeys.text, checks.noteText, "", path),
      colour: r.field(map, noteKeys.colour, checks.colour, defaultNoteColour, path),
      ...r.register(positions.values, id, checks.position, { x: 0, y: 0 }, `${path}.position`),
      ...r.register(sizes.values, id, checks.size, defaultNoteSize, `${path}.size`),
      authorId: r.field(map, noteKeys.authorId, checks.nullableId, null, path),
      authorName: r.field(map, noteKeys.authorName, checks.title, "", path),
      authorOrganisation: r.field(map, noteKeys.authorOrganisation, checks.title, "", path),
      createdAt: r.field(map, noteKeys.createdAt, checks.timestamp, epoch, path),
      focusAreaId,
      origin: r.field(map, noteKeys.origin, checks.noteOrigin, null, path),
      phaseId: r.field(map, noteKeys.phaseId, checks.nullableId, null, path),
    };
  });
  notes.sort(byOrderThenId((n) => n.createdAt));
  for (const note of notes) if (note.focusAreaId) areasById.get(note.focusAreaId)?.noteIds.push(note.id);

  const chains: ActionChainSnapshot[] = r.entries(roots.chains, "chains").map(([id, map]) => {
    const path = `chains.${id}`;
    let focusAreaId = r.field(map, chainKeys.focusAreaId, checks.nullableId, null, path);
    if (focusAreaId !== null && !areasById.has(focusAreaId)) {
      r.problems.push({ path: `${path}.focusAreaId`, message: "refers to a focus area that does not exist" });
      focusAreaId = null;
    }
    const actionsMap = map.get(chainKeys.actions);
    const actions: (ActionSnapshot & { position: number })[] = [];
    if (actionsMap instanceof Y.Map) {
      for (const [actionId, action] of r.entries(actionsMap, `${path}.actions`)) {
        const at = `${path}.actions.${actionId}`;
        actions.push({
          id: actionId,
          what: r.field(action, actionKeys.what, checks.field, "", at),
          responsible: r.field(action, actionKeys.responsible, checks.title, "", at),
          responsibleOrganisation: r.field(action, actionKeys.responsibleOrganisation, checks.title, "", at),
          partners: r.field(action, actionKeys.partners, checks.stringList, [], at),
          start: r.field(action, actionKeys.start, checks.nullableIsoDate, null, at),
          deadline: r.field(action, actionKeys.deadline, checks.nullableIsoDate, null, at),
          resources: r.field(action, actionKeys.resources, checks.field, "", at),
          indicator: r.field(action, actionKeys.indicator, checks.field, "", at),
          status: r.field(action, actionKeys.status, checks.status, "planned", at),
          dependsOn: r.field(action, actionKeys.dependsOn, checks.idList, [], at),
          sourceNoteIds: r.field(action, actionKeys.sourceNoteIds, checks.idList, [], at),
          position: r.field(action, actionKeys.position, checks.number, 0, at),
        });
      }
    } else if (actionsMap !== undefined) {
      r.problems.push({ path: `${path}.actions`, message: "not a map" });
    }
    actions.sort(byOrderThenId((a) => a.position));
    return {
      id,
      focusAreaId,
      goal: r.field(map, chainKeys.goal, checks.field, "", path),
      final: r.field(map, chainKeys.final, checks.boolean, false, path),
      actions: actions.map(({ position: _position, ...action }) => action),
    };
  });
  chains.sort(byOrderThenId(() => 0));

  // Map iteration order is local insertion order, which differs between replicas.
  const problems = r.problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : 1));
  return { notes, focusAreas, chains, problems };
}
