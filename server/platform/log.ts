// A deliberately small logger: one line per event on stdout/stderr, quiet in tests.
// No line may carry a secret: callers log ids and paths, never URLs with queries, headers or
// note text, and every line is still passed through `redact` in case an error message quotes
// one (a library error echoing the request, say).
const quiet = process.env.SAMLA_LOG === "silent";

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

function line(level: string, message: string, extra?: unknown): string {
  const detail = extra instanceof Error ? ` ${extra.stack ?? extra.message}` : extra === undefined ? "" : ` ${JSON.stringify(extra)}`;
  return redact(`${new Date().toISOString()} ${level} ${message}${detail}`);
}

export const log = {
  info: (message: string, extra?: unknown) => { if (!quiet) console.log(line("info", message, extra)); },
  warn: (message: string, extra?: unknown) => { if (!quiet) console.warn(line("warn", message, extra)); },
  error: (message: string, extra?: unknown) => console.error(line("error", message, extra)),
};
