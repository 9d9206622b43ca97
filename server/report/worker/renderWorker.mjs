// The report worker's entry file, in plain JavaScript so Node can start it without a loader.
// On Node 20 a worker started with `execArgv: ["--import", "tsx"]` still loads its entry
// before tsx's hooks apply ("Unknown file extension .ts"), so the hooks are registered here,
// in the worker, and the TypeScript worker is imported after.
import { register } from "tsx/esm/api";

register();
await import("./renderWorker.ts");
