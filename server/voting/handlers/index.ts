// The voting events this feature answers; server/samla.ts registers them with the room's.
import type { AnyHandler } from "../../realtime/handler";
import { voteAllocate } from "./voteAllocate";
import { voteCast, voteRetract } from "./voteCast";
import { voteClose } from "./voteClose";
import { voteOpen } from "./voteOpen";
import { voteReveal } from "./voteReveal";
import { voteSync } from "./voteSync";

export const votingHandlers: ReadonlyArray<AnyHandler> = [voteSync, voteCast, voteRetract, voteAllocate, voteOpen, voteClose, voteReveal];
