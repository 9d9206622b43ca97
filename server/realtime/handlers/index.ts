// The list of socket.io events the server understands; each lives in its own file.
import type { z } from "zod";
import type { HandlerDefinition } from "../handler";
import { whoAmI } from "./whoAmI";

export const handlers: ReadonlyArray<HandlerDefinition<z.ZodType>> = [whoAmI];
