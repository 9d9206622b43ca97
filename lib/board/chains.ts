// Write helpers for action chains (tiltakskjeder). Actions live in a Y.Map keyed by id with a
// numeric `position`: moving one writes a single number between its neighbours, so nobody's
// concurrent edit of the action's fields is lost (a Y.Array move would delete and re-insert).
import * as Y from "yjs";
import { z } from "zod";
import { newId } from "./ids";
import { BoardInputError, actionStatuses, idSchema, isoDateSchema, limits, parseInput } from "./schema";
import { actionKeys, boardRoots, chainKeys, childMap } from "./shape";
import { write } from "./transact";

const fieldSchema = z.string().max(limits.field);
const nameSchema = z.string().max(limits.title);

const addChainInput = z
  .object({ id: idSchema.optional(), focusAreaId: idSchema.nullable(), goal: fieldSchema.default(""), final: z.boolean().default(false) })
  .strict();

export function addActionChain(doc: Y.Doc, input: z.input<typeof addChainInput>, origin?: unknown): string {
  const chain = parseInput(addChainInput, input);
  const id = chain.id ?? newId();
  write(doc, origin, () => {
    const map = new Y.Map<unknown>();
    map.set(chainKeys.focusAreaId, chain.focusAreaId);
    map.set(chainKeys.goal, chain.goal);
    map.set(chainKeys.final, false);
    map.set(chainKeys.actions, new Y.Map<unknown>());
    boardRoots(doc).chains.set(id, map);
    if (chain.final) markFinal(doc, id, map);
  });
  return id;
}

function chainMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = childMap(boardRoots(doc).chains, parseInput(idSchema, id));
  if (!map) throw new BoardInputError(`no action chain ${id}`);
  return map;
}

function actionsOf(chain: Y.Map<unknown>): Y.Map<unknown> {
  const actions = chain.get(chainKeys.actions);
  if (actions instanceof Y.Map) return actions;
  const fresh = new Y.Map<unknown>();
  chain.set(chainKeys.actions, fresh);
  return fresh;
}

export function setChainGoal(doc: Y.Doc, chainId: string, goal: string, origin?: unknown): void {
  const value = parseInput(fieldSchema, goal);
  const map = chainMap(doc, chainId);
  write(doc, origin, () => map.set(chainKeys.goal, value));
}

function markFinal(doc: Y.Doc, chainId: string, map: Y.Map<unknown>): void {
  const areaId = map.get(chainKeys.focusAreaId);
  if (areaId !== null) {
    for (const [otherId, other] of boardRoots(doc).chains.entries()) {
      if (otherId !== chainId && other instanceof Y.Map && other.get(chainKeys.focusAreaId) === areaId && other.get(chainKeys.final) === true) {
        other.set(chainKeys.final, false);
      }
    }
  }
  map.set(chainKeys.final, true);
}

/** Marks the chain as the agreed one for its focus area; any other final chain there is unmarked. */
export function setChainFinal(doc: Y.Doc, chainId: string, final: boolean, origin?: unknown): void {
  const map = chainMap(doc, chainId);
  write(doc, origin, () => (final ? markFinal(doc, chainId, map) : map.set(chainKeys.final, false)));
}

const actionFields = z
  .object({
    what: fieldSchema,
    responsible: nameSchema,
    responsibleOrganisation: nameSchema,
    partners: z.array(nameSchema).max(limits.listItems),
    start: isoDateSchema.nullable(),
    deadline: isoDateSchema.nullable(),
    resources: fieldSchema,
    indicator: fieldSchema,
    status: z.enum(actionStatuses),
    dependsOn: z.array(idSchema).max(limits.listItems),
    sourceNoteIds: z.array(idSchema).max(limits.listItems * 10),
  })
  .strict();
export type ActionFields = z.infer<typeof actionFields>;

const actionDefaults: ActionFields = {
  what: "",
  responsible: "",
  responsibleOrganisation: "",
  partners: [],
  start: null,
  deadline: null,
  resources: "",
  indicator: "",
  status: "planned",
  dependsOn: [],
  sourceNoteIds: [],
};

function sortedPositions(actions: Y.Map<unknown>, except?: string): { id: string; position: number }[] {
  const list: { id: string; position: number }[] = [];
  for (const [id, action] of actions.entries()) {
    if (id === except || !(action instanceof Y.Map)) continue;
    const position = action.get(actionKeys.position);
    list.push({ id, position: typeof position === "number" && Number.isFinite(position) ? position : 0 });
  }
  return list.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A position that sorts at `index` among the other actions. */
function positionAt(actions: Y.Map<unknown>, index: number, except?: string): number {
  const list = sortedPositions(actions, except);
  const i = Math.max(0, Math.min(index, list.length));
  if (list.length === 0) return 0;
  if (i === 0) return list[0].position - 1;
  if (i === list.length) return list[list.length - 1].position + 1;
  return (list[i - 1].position + list[i].position) / 2;
}

const addActionInput = actionFields.partial().extend({ id: idSchema.optional(), index: z.number().int().min(0).optional() }).strict();

/** Adds an action at `index` (default: the end) and returns its id. */
export function addAction(doc: Y.Doc, chainId: string, input: z.input<typeof addActionInput>, origin?: unknown): string {
  const { id: givenId, index, ...fields } = parseInput(addActionInput, input);
  const id = givenId ?? newId();
  const chain = chainMap(doc, chainId);
  write(doc, origin, () => {
    const actions = actionsOf(chain);
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries({ ...actionDefaults, ...fields })) map.set(key, value);
    map.set(actionKeys.position, positionAt(actions, index ?? Number.MAX_SAFE_INTEGER));
    actions.set(id, map);
  });
  return id;
}

function actionMap(chain: Y.Map<unknown>, actionId: string): Y.Map<unknown> {
  const actions = chain.get(chainKeys.actions);
  const map = actions instanceof Y.Map ? childMap(actions, parseInput(idSchema, actionId)) : null;
  if (!map) throw new BoardInputError(`no action ${actionId}`);
  return map;
}

/** Changes only the given fields, so two people editing different fields both keep theirs. */
export function updateAction(doc: Y.Doc, chainId: string, actionId: string, changes: Partial<ActionFields>, origin?: unknown): void {
  const parsed = parseInput(actionFields.partial(), changes);
  const map = actionMap(chainMap(doc, chainId), actionId);
  write(doc, origin, () => {
    for (const [key, value] of Object.entries(parsed)) {
      if (value !== undefined && JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
    }
  });
}

/** Moves an action so that it sorts at `toIndex` in the chain. */
export function moveAction(doc: Y.Doc, chainId: string, actionId: string, toIndex: number, origin?: unknown): void {
  const index = parseInput(z.number().int().min(0), toIndex);
  const chain = chainMap(doc, chainId);
  const map = actionMap(chain, actionId);
  write(doc, origin, () => map.set(actionKeys.position, positionAt(actionsOf(chain), index, actionId)));
}

/** Deletes an action and removes it from other actions' `dependsOn`. */
export function deleteAction(doc: Y.Doc, chainId: string, actionId: string, origin?: unknown): void {
  const id = parseInput(idSchema, actionId);
  const chain = chainMap(doc, chainId);
  write(doc, origin, () => {
    const actions = actionsOf(chain);
    actions.delete(id);
    for (const other of actions.values()) {
      if (!(other instanceof Y.Map)) continue;
      const deps = other.get(actionKeys.dependsOn);
      if (Array.isArray(deps) && deps.includes(id)) other.set(actionKeys.dependsOn, deps.filter((d) => d !== id));
    }
  });
}

export function deleteActionChain(doc: Y.Doc, chainId: string, origin?: unknown): void {
  const id = parseInput(idSchema, chainId);
  write(doc, origin, () => boardRoots(doc).chains.delete(id));
}

const sameName = (a: unknown, name: string) => typeof a === "string" && a.trim().toLocaleLowerCase("nb") === name;

/**
 * A forgotten participant's name out of the actions: an owner or partner written exactly as
 * their name (case and surrounding spaces aside) is cleared. Names only typed inside free text
 * are not searched for: a first name there may as well be someone else's. Returns how many
 * actions changed; as with forgetAuthorName, the caller stores a fresh snapshot afterwards.
 */
export function forgetNameInActions(doc: Y.Doc, displayName: string, origin?: unknown): number {
  const name = displayName.trim().toLocaleLowerCase("nb");
  if (name === "") return 0;
  return write(doc, origin, () => {
    let changed = 0;
    for (const chain of boardRoots(doc).chains.values()) {
      const actions = chain instanceof Y.Map ? chain.get(chainKeys.actions) : null;
      if (!(actions instanceof Y.Map)) continue;
      for (const action of actions.values()) {
        if (!(action instanceof Y.Map)) continue;
        const ownerGoes = sameName(action.get(actionKeys.responsible), name);
        const partners = action.get(actionKeys.partners);
        const kept = Array.isArray(partners) ? partners.filter((p) => !sameName(p, name)) : [];
        const partnersGo = Array.isArray(partners) && kept.length !== partners.length;
        if (ownerGoes) action.set(actionKeys.responsible, "");
        if (partnersGo) action.set(actionKeys.partners, kept);
        if (ownerGoes || partnersGo) changed++;
      }
    }
    return changed;
  });
}
