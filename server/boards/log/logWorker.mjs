// The board-log worker's entry file, in plain JavaScript so Node can start it without a
// loader (see server/report/worker/renderWorker.mjs for why tsx is registered here).
import { register } from "tsx/esm/api";

register();
await import("./logWorker.ts");
