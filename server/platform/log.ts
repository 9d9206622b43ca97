// One JSON line per event (pino): a level, a time, the instance, and whatever ids and timings
// the caller passes (reqId for HTTP, connId for a board or socket connection, ms for a
// duration). pino because it is the well-kept JSON logger for Node: fast, levels, child
// loggers, and a line format every log shipper reads.
//
// No line may carry a secret or a person's words: callers log ids, paths and counts, never
// URLs with queries, headers, names or note text, and every line is still passed through
// `redact` in case an error message quotes one (a library error echoing the request, say).
//
// SAMLA_LOG is the level: fatal, error, warn, info (default), debug, trace, or silent.
import pino from "pino";

const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof levels)[number];

/** The level SAMLA_LOG asks for; an unknown value falls back to info (config.ts reports it). */
export function logLevelOf(value: string | undefined): LogLevel {
  return (levels as readonly string[]).includes(value ?? "") ? (value as LogLevel) : "info";
}

const secrets: [RegExp, string][] = [
  // ?token=… / &token=… in a URL
  [/([?&](?:token|access_token|code)=)[^&\s"'#]+/gi, "$1[redacted]"],
  // a participant token: p.<id>.<43-character signature>
  [/\bp\.[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{43}\b/g, "[redacted token]"],
  // a JWT or JWE (next-auth session tokens)
  [/\beyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){2,4}/g, "[redacted token]"],
  // a Cookie or Authorization header's value
  [/\b(cookie|authorization)(["']?\s*[:=]\s*["']?)[^\n"']+/gi, "$1$2[redacted]"],
];

export function redact(text: string): string {
  let out = text;
  for (const [pattern, replacement] of secrets) out = out.replace(pattern, replacement);
  return out;
}

/** Fields of a line: ids, counts and timings only. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  error(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  debug(message: string, extra?: unknown): void;
  /** A logger whose every line carries `fields` (e.g. { reqId } or { connId }). */
  child(fields: LogFields): Logger;
}

/** An Error becomes its name, message and stack, redacted; other values their JSON, redacted. */
function detailOf(extra: unknown): Record<string, unknown> {
  if (extra === undefined) return {};
  if (extra instanceof Error) return { error: { name: extra.name, message: redact(extra.message), stack: redact(extra.stack ?? "") } };
  if (extra !== null && typeof extra === "object" && !Array.isArray(extra)) {
    return JSON.parse(redact(JSON.stringify(extra))) as Record<string, unknown>;
  }
  return { detail: redact(typeof extra === "string" ? extra : JSON.stringify(extra)) };
}

function wrap(base: pino.Logger): Logger {
  const at = (level: "error" | "warn" | "info" | "debug") => (message: string, extra?: unknown) => {
    if (!base.isLevelEnabled(level)) return;
    base[level](detailOf(extra), redact(message));
  };
  return {
    error: at("error"),
    warn: at("warn"),
    info: at("info"),
    debug: at("debug"),
    child: (fields) => wrap(base.child(fields)),
  };
}

/** A logger writing JSON lines to `destination` (stdout by default) at `level`. */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const base = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level":"info" rather than pino's numbers: what a person grepping a file expects.
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ fd: 1, sync: true }),
  );
  return wrap(base);
}

// Kept on globalThis: the Next.js bundle has its own copy of this module and must write
// through the same logger (one level, one stream).
const globalLog = globalThis as typeof globalThis & { [key: symbol]: Logger | undefined };
const logKey = Symbol.for("samla.log");

export const log: Logger = (globalLog[logKey] ??= createLogger(logLevelOf(process.env.SAMLA_LOG)));
