// Samla's process entry: one HTTP server on one port for Next.js, socket.io and Yjs.
// Run with `node --import tsx server/main.ts` (npm start does this after building).
import "./nodeEnv";
import { ConfigError, parseConfig } from "./platform/config";
import { startSamla } from "./samla";
import { log } from "./platform/log";

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  const samla = await startSamla(config);
  log.info(`Samla is listening on ${config.publicUrl} (database: ${config.databaseFlavour})`);

  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn(`${signal} again: exiting at once`);
      process.exit(1);
    }
    stopping = true;
    log.info(`${signal}: finishing pending writes and closing (send again to exit at once)`);
    samla.close().then(
      () => process.exit(0),
      (error) => {
        log.error("shutdown failed", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

main().catch((error) => {
  log.error("Samla could not start", error);
  process.exit(1);
});
