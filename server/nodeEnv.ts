// Imported first by server/main.ts: Next.js and React read NODE_ENV when they load, so it must
// be set before they are imported. `npm start` means production unless told otherwise.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
