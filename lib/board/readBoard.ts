// Reads a board document into a plain, validated snapshot. Nothing here throws on bad data:
// a value written by a buggy or hostile client becomes a `problem` and a safe default, so
// one bad note cannot blank the board or break the report.
import * as Y from "yjs";
import { z } from "zod";
import { readRegisters } from "./registers";
import {
  actionStatuses,
  boardColourSchema,
  defaultFocusAreaColour,
  defaultFocusAreaSize,
  defaultNoteColour,
  defaultNoteSize,
  idSchema,
  isoDateSchema,
  limits,
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

const text = (max: number) => z.string().max(max);
const stringList = z.array(z.string().max(limits.field)).max(limits.listItems);
const idList = z.array(idSchema).max(limits.listItems * 10);
const epoch = "1970-01-01T00:00:00.000Z";

class Reader {
  readonly problems: BoardProblem[] = [];

  field<T>(map: Y.Map<unknown>, key: string, schema: z.ZodType<T>, fallback: T, path: string): T {
    const raw = map.get(key);
    // Absent fields take their documented default: older documents may predate a field.
    if (raw === undefined) return fallback;
    const result = schema.safeParse(raw instanceof Y.Text ? raw.toString() : raw);
    if (result.success) return result.data;
    this.problems.push({ path: `${path}.${key}`, message: result.error.issues[0]?.message ?? "invalid" });
    return fallback;
  }

  register<T>(values: Map<string, unknown>, id: string, schema: z.ZodType<T>, fallback: T, path: string): T {
    const result = schema.safeParse(values.get(id));
    if (result.success) return result.data;
    this.problems.push({ path, message: values.has(id) ? "invalid" : "missing" });
    return fallback;
  }

  entries(map: Y.Map<unknown>, path: string): [string, Y.Map<unknown>][] {
    const out: [string, Y.Map<unknown>][] = [];
    for (const [id, value] of map.entries()) {
      if (!idSchema.safeParse(id).success) this.problems.push({ path: `${path}`, message: `invalid id ${JSON.stringify(id.slice(0, 80))}` });
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
    const position = r.register(positions.values, id, positionSchema, { x: 0, y: 0 }, `${path}.position`);
    const size = r.register(sizes.values, id, sizeValueSchema, defaultFocusAreaSize, `${path}.size`);
    return {
      id,
      title: r.field(map, focusAreaKeys.title, text(limits.title), "", path),
      colour: r.field(map, focusAreaKeys.colour, boardColourSchema, defaultFocusAreaColour, path),
      ...position,
      ...size,
      order: r.field(map, focusAreaKeys.order, z.number().finite(), 0, path),
      rank: r.field(map, focusAreaKeys.rank, z.number().int().min(1).nullable(), null, path),
      origin: r.field(map, focusAreaKeys.origin, originSchema.nullable(), null, path),
      noteIds: [],
    };
  });
  focusAreas.sort(byOrderThenId((a) => a.order));
  const areasById = new Map(focusAreas.map((a) => [a.id, a]));

  const notes: NoteSnapshot[] = r.entries(roots.notes, "notes").map(([id, map]) => {
    const path = `notes.${id}`;
    let focusAreaId = r.field(map, noteKeys.focusAreaId, idSchema.nullable(), null, path);
    if (focusAreaId !== null && !areasById.has(focusAreaId)) {
      r.problems.push({ path: `${path}.focusAreaId`, message: "refers to a focus area that does not exist" });
      focusAreaId = null;
    }
    return {
      id,
      text: r.field(map, noteKeys.text, text(limits.noteText * 4), "", path),
      colour: r.field(map, noteKeys.colour, boardColourSchema, defaultNoteColour, path),
      ...r.register(positions.values, id, positionSchema, { x: 0, y: 0 }, `${path}.position`),
      ...r.register(sizes.values, id, sizeValueSchema, defaultNoteSize, `${path}.size`),
      authorId: r.field(map, noteKeys.authorId, idSchema.nullable(), null, path),
      authorName: r.field(map, noteKeys.authorName, text(limits.title), "", path),
      authorOrganisation: r.field(map, noteKeys.authorOrganisation, text(limits.title), "", path),
      createdAt: r.field(map, noteKeys.createdAt, timestampSchema, epoch, path),
      focusAreaId,
    };
  });
  notes.sort(byOrderThenId((n) => n.createdAt));
  for (const note of notes) if (note.focusAreaId) areasById.get(note.focusAreaId)?.noteIds.push(note.id);

  const chains: ActionChainSnapshot[] = r.entries(roots.chains, "chains").map(([id, map]) => {
    const path = `chains.${id}`;
    let focusAreaId = r.field(map, chainKeys.focusAreaId, idSchema.nullable(), null, path);
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
          what: r.field(action, actionKeys.what, text(limits.field), "", at),
          responsible: r.field(action, actionKeys.responsible, text(limits.title), "", at),
          responsibleOrganisation: r.field(action, actionKeys.responsibleOrganisation, text(limits.title), "", at),
          partners: r.field(action, actionKeys.partners, stringList, [], at),
          start: r.field(action, actionKeys.start, isoDateSchema.nullable(), null, at),
          deadline: r.field(action, actionKeys.deadline, isoDateSchema.nullable(), null, at),
          resources: r.field(action, actionKeys.resources, text(limits.field), "", at),
          indicator: r.field(action, actionKeys.indicator, text(limits.field), "", at),
          status: r.field(action, actionKeys.status, z.enum(actionStatuses), "planned", at),
          dependsOn: r.field(action, actionKeys.dependsOn, idList, [], at),
          sourceNoteIds: r.field(action, actionKeys.sourceNoteIds, idList, [], at),
          position: r.field(action, actionKeys.position, z.number().finite(), 0, at),
        });
      }
    } else if (actionsMap !== undefined) {
      r.problems.push({ path: `${path}.actions`, message: "not a map" });
    }
    actions.sort(byOrderThenId((a) => a.position));
    return {
      id,
      focusAreaId,
      goal: r.field(map, chainKeys.goal, text(limits.field), "", path),
      final: r.field(map, chainKeys.final, z.boolean(), false, path),
      actions: actions.map(({ position: _position, ...action }) => action),
    };
  });
  chains.sort(byOrderThenId(() => 0));

  // Map iteration order is local insertion order, which differs between replicas.
  const problems = r.problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : 1));
  return { notes, focusAreas, chains, problems };
}
