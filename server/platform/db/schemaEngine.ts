// Prisma's schema engine as WebAssembly, run inside this process on a driver adapter. The CLI's
// native schema-engine binary is downloaded from the internet on first use, which fails on
// locked-down servers (and on our build machines); the wasm build needs nothing but npm.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

export type { SchemaEngine };
export type {
  DiffTarget,
  MigrationList,
  SchemaFilter,
  SchemasContainer,
} from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

type SchemaEngineClass = {
  new: (
    options: { datamodels: [string, string][] | undefined },
    log: (message: string) => void,
    adapter: object,
  ) => Promise<SchemaEngine>;
};

let engineClass: Promise<SchemaEngineClass> | undefined;

/**
 * Node 20 cannot `import` the package's main entry (it imports a .wasm file), so the
 * wasm-bindgen glue is wired by hand: instantiate the module with the glue as its import object,
 * hand the instance back to the glue, then run the module's start function. Done once per
 * process; a wasm instance keeps its memory, each engine built from it is freed separately.
 */
function loadEngineClass(): Promise<SchemaEngineClass> {
  engineClass ??= (async () => {
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(gluePath)) as {
      SchemaEngine: SchemaEngineClass;
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const module = await WebAssembly.compile(bytes);
    const instance = await WebAssembly.instantiate(module, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return engineClass;
}

export interface EngineSession {
  engine: SchemaEngine;
  /**
   * Turns an engine error that wraps a driver error ("External error id#N") into one carrying
   * the driver's own message, which is the part a person can act on.
   */
  explain(error: unknown): Error;
  /** Frees the wasm engine; the caller closes the connections its factory opened. */
  free(): void;
}

export interface OpenEngineOptions {
  /** Schema file the engine is constructed with (path, content); diff targets are separate. */
  schema?: { path: string; content: string };
  /** Receives the engine's tracing lines, e.g. for SAMLA_LOG=debug. */
  log?: (message: string) => void;
}

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  options: OpenEngineOptions = {},
): Promise<EngineSession> {
  const SchemaEngineWasm = await loadEngineClass();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await SchemaEngineWasm.new(
    { datamodels: options.schema ? [[options.schema.path, options.schema.content]] : undefined },
    options.log ?? (() => {}),
    bound,
  );
  let freed = false;
  return {
    engine,
    explain(error) {
      const message = error instanceof Error ? error.message : String(error);
      const id = /External error id#(\d+)/.exec(message)?.[1];
      const external = id ? bound.errorRegistry.consumeError(Number(id)) : undefined;
      if (!external) return error instanceof Error ? error : new Error(message);
      const detail = external.error as { message?: string; originalMessage?: string; kind?: string };
      const reason = detail.originalMessage ?? detail.message ?? detail.kind ?? JSON.stringify(detail);
      return new Error(`${message.split("\n")[0]}: ${reason}`, { cause: error });
    },
    free() {
      if (freed) return;
      freed = true;
      engine.free();
    },
  };
}
