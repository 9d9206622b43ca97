// The socket.io contract: every event a client sends (its payload schema and what the server
// answers in its acknowledgement) and every event the server sends (its payload). The server's
// handlers (server/realtime/handler.ts) take their input schema and result type from here, and
// the browser's useRoom types emit and subscribe by it, so renaming a field breaks the
// type-check on both sides.
import { z } from "zod";
import { idSchema } from "../domain/ids";
import type { TimerSnapshot } from "../domain/phaseTimer";
import {
  BROADCAST_MAX,
  MAX_TIMER_MS,
  profileSchema,
  projectorShowSchema,
  type BoardSummary,
  type GatherResult,
  type Profile,
  type RoomAccess,
  type RoomChange,
  type RoomFollow,
  type RoomMessage,
  type RoomPresence,
  type RoomProjector,
  type RoomState,
  type RevealResult,
  type SendTopAreasResult,
} from "./room";
import { allocateSchema, openRoundSchema, type MyBallot, type Progress, type Results, type RoundView, type Tally, type VotingSnapshot } from "./voting";

/** Events without data accept no payload or an empty object, and nothing else. */
export const emptyInput = z.undefined().or(z.object({}).strict());

const boardInput = z.object({ boardId: idSchema }).strict();
const roundInput = z.object({ roundId: idSchema }).strict();
const dotInput = z.object({ roundId: idSchema, itemId: idSchema }).strict();

/** Client → server: each event's payload, validated by the server before its handler runs. */
export const clientEvents = {
  "session:whoAmI": emptyInput,
  "room:sync": emptyInput,
  "time:sync": emptyInput,
  "phase:set": z.object({ phaseId: idSchema, keepTimer: z.boolean().optional() }).strict(),
  "timer:start": z.object({ durationMs: z.number().int().min(1000).max(MAX_TIMER_MS) }).strict(),
  "timer:pause": emptyInput,
  "timer:resume": emptyInput,
  "timer:addTime": z.object({ ms: z.number().int().min(-MAX_TIMER_MS).max(MAX_TIMER_MS).refine((v) => v !== 0, "must not be zero") }).strict(),
  "timer:reset": emptyInput,
  "board:lock": boardInput,
  "board:unlock": boardInput,
  "boards:lockAll": emptyInput,
  "boards:unlockAll": emptyInput,
  "boards:gatherToPlenary": emptyInput,
  "boards:sendTopAreasToTables": z.object({ count: z.number().int().min(1).max(20), mode: z.enum(["spread", "all"]) }).strict(),
  /** Facilitator: silent writing on, or off (which reveals every private note onto its board). */
  "silent:set": z.object({ silent: z.boolean() }).strict(),
  /** Participant: the private board behind a shared board, made on first ask. */
  "silent:privateBoard": boardInput,
  /** Participant: move my own private notes onto the shared board now, before the reveal. */
  "silent:shareMine": boardInput,
  "room:followMe": z.object({ boardId: idSchema.nullable() }).strict(),
  "projector:show": projectorShowSchema,
  "boards:summary": emptyInput,
  "room:broadcast": z.object({ text: z.string().trim().min(1).max(BROADCAST_MAX), tableId: idSchema.nullable().optional() }).strict(),
  "profile:update": profileSchema.strict(),
  "vote:sync": emptyInput,
  "vote:cast": dotInput,
  "vote:retract": dotInput,
  "vote:allocate": allocateSchema,
  "vote:open": openRoundSchema,
  "vote:close": roundInput,
  "vote:reveal": roundInput,
} as const;

export type ClientEvent = keyof typeof clientEvents;
/** What a client sends with the event. */
export type ClientPayload<E extends ClientEvent> = z.input<(typeof clientEvents)[E]>;
/** What the handler receives after validation (defaults filled in). */
export type ClientInput<E extends ClientEvent> = z.output<(typeof clientEvents)[E]>;

type TimerResult = { timer: TimerSnapshot };

/** Client → server: what the acknowledgement carries besides `ok: true`. */
export interface ClientEventResults {
  "session:whoAmI": { workshopId: string; access: RoomAccess; kind: "user" | "participant"; name: string };
  "room:sync": { state: RoomState };
  "time:sync": { serverNow: number };
  "phase:set": { phaseId: string };
  "timer:start": TimerResult;
  "timer:pause": TimerResult;
  "timer:resume": TimerResult;
  "timer:addTime": TimerResult;
  "timer:reset": TimerResult;
  "board:lock": { boardId: string; locked: boolean };
  "board:unlock": { boardId: string; locked: boolean };
  "boards:lockAll": { boards: number; locked: boolean };
  "boards:unlockAll": { boards: number; locked: boolean };
  "boards:gatherToPlenary": GatherResult;
  "boards:sendTopAreasToTables": SendTopAreasResult;
  "silent:set": { silent: boolean; revealed: RevealResult };
  "silent:privateBoard": { privateBoardId: string };
  "silent:shareMine": { moved: number };
  "room:followMe": { follow: RoomFollow };
  "projector:show": { projector: RoomProjector };
  "boards:summary": { boards: BoardSummary[] };
  "room:broadcast": { message: RoomMessage; recipients: "all" | number };
  "profile:update": { profile: Profile };
  "vote:sync": { voting: VotingSnapshot };
  "vote:cast": { mine: MyBallot };
  "vote:retract": { mine: MyBallot };
  "vote:allocate": { mine: MyBallot };
  "vote:open": { round: RoundView };
  "vote:close": { round: RoundView };
  "vote:reveal": { round: RoundView; results: Results; boardsNotUpdated: string[] };
}

/** A refusal: `code` is stable (tests and translations key on it), `message` is for people. */
export type Refusal = { ok: false; code: string; message: string };
/** The acknowledgement of a client event: its result, or a refusal. */
export type Ack<R = Record<never, never>> = ({ ok: true } & R) | Refusal;
export type AckOf<E extends ClientEvent> = Ack<ClientEventResults[E]>;

/** Server → client: each event's payload. */
export interface ServerEvents {
  /** This socket's whole view of the room, after any change to it. */
  "room:state": RoomState;
  /** Comings and goings: replaces counts and tables of the last room:state. */
  "room:presence": RoomPresence;
  /** Preparation changed; fetch the view again with room:sync. */
  "room:changed": { reason: RoomChange };
  "room:message": RoomMessage;
  "room:follow": RoomFollow;
  /** The participant was removed by the facilitator, or forgotten on request; their sockets close after it. */
  "room:removed": { reason: "removed" | "forgotten" };
  "vote:round": RoundView;
  "vote:progress": Progress;
  /** A participant's own dots, to their other connections. */
  "vote:mine": MyBallot;
  "vote:tally": Tally;
  "vote:results": Results;
  /** An action's follow-up changed (an owner's update): facilitators' follow-up views reload. */
  "followUp:changed": { chainId: string; actionId: string };
}
export type ServerEvent = keyof ServerEvents;

/** socket.io's typed maps (Server<ClientToServerEvents, ServerToClientEvents> and the client's Socket). */
export type ClientToServerEvents = {
  [E in ClientEvent]: (payload: ClientPayload<E>, ack: (answer: AckOf<E>) => void) => void;
};
export type ServerToClientEvents = {
  [E in ServerEvent]: (payload: ServerEvents[E]) => void;
};
