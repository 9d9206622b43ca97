// A deliberately small logger: one line per event on stdout/stderr, quiet in tests.
const quiet = process.env.SAMLA_LOG === "silent";

function line(level: string, message: string, extra?: unknown): string {
  const detail = extra instanceof Error ? ` ${extra.stack ?? extra.message}` : extra === undefined ? "" : ` ${JSON.stringify(extra)}`;
  return `${new Date().toISOString()} ${level} ${message}${detail}`;
}

export const log = {
  info: (message: string, extra?: unknown) => { if (!quiet) console.log(line("info", message, extra)); },
  warn: (message: string, extra?: unknown) => { if (!quiet) console.warn(line("warn", message, extra)); },
  error: (message: string, extra?: unknown) => console.error(line("error", message, extra)),
};
