// Configuration from the environment, validated once at start. Every variable is documented
// in .env.example; a wrong value stops the server with one clear line per problem.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** "a, b ,c" → ["a", "b", "c"]: lists of tenants, domains and groups. */
const commaList = z
  .string()
  .default("")
  .transform((v) => v.split(",").map((item) => item.trim()).filter(Boolean));

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number({ message: "must be a number" }).int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    /** Unset: SQLite file in DATA_DIR. postgresql://… : PostgreSQL. file:… : a SQLite file. */
    DATABASE_URL: z
      .string()
      .regex(/^(postgres(ql)?:\/\/|file:)/, "must start with postgresql:// or file:")
      .optional(),
    /** Where the SQLite file and the generated secret live. */
    DATA_DIR: z.string().default("./data"),
    /** Signs sessions and participant cookies. Generated into DATA_DIR on first start if unset. */
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** The address people use to reach Samla (join links, QR codes, sign-in callbacks). */
    PUBLIC_URL: z.url({ message: "must be a full URL like https://samla.example.no" }).optional(),
    /** Whether anyone may create a facilitator account (the first account may always). */
    SIGNUP_OPEN: booleanFlag.optional(),
    /** Sign in with OpenID Connect (e.g. Microsoft Entra ID): issuer, client id and secret. */
    OIDC_ISSUER: z.url({ message: "must be the issuer URL" }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("Microsoft Entra ID"),
    /** Scopes asked for at sign-in. */
    OIDC_SCOPES: z.string().regex(/(^|\s)openid(\s|$)/, "must include openid").default("openid email profile"),
    /** Who may enter (comma-separated; empty = no limit). Admins can change them at /admin. */
    OIDC_ALLOWED_TENANTS: commaList,
    OIDC_ALLOWED_EMAIL_DOMAINS: commaList,
    OIDC_REQUIRED_GROUPS: commaList,
    /** Members of any of these groups are administrators in Samla. */
    OIDC_ADMIN_GROUPS: commaList,
    /** The ID-token claim that lists the person's groups (Entra ID: groups, or roles for app roles). */
    OIDC_GROUPS_CLAIM: z.string().min(1).default("groups"),
    /** Whether an OIDC sign-in may take over a password account with the same verified e-mail. */
    OIDC_LINK_ACCOUNTS: booleanFlag.default(false),
    /** Treat the provider's e-mail as verified when it sends no email_verified claim. */
    OIDC_TRUST_EMAIL: booleanFlag.default(false),
    /** How far the provider's clock may be off (seconds) before its tokens are refused. */
    OIDC_CLOCK_TOLERANCE_SECONDS: z.coerce.number({ message: "must be a number" }).int().min(0).max(600).default(60),
    /** Email + password sign-in; false leaves only OpenID Connect. */
    PASSWORD_SIGNIN: booleanFlag.default(true),
    /** Largest WebSocket frame a board accepts, in bytes. */
    YJS_MAX_MESSAGE_BYTES: z.coerce.number({ message: "must be a number" }).int().min(1024).default(1024 * 1024),
    /** Board updates kept in the log before they are compacted into one row. */
    YJS_COMPACT_AFTER: z.coerce.number({ message: "must be a number" }).int().min(2).default(500),
    /** Sign-in failures per account/address before it is locked for a while. */
    SIGNIN_MAX_FAILURES: z.coerce.number({ message: "must be a number" }).int().min(1).default(5),
    SIGNIN_LOCK_MINUTES: z.coerce.number({ message: "must be a number" }).int().min(1).default(15),
    /** Redis for several instances behind a load balancer; unset = one process. */
    REDIS_URL: z.string().regex(/^rediss?:\/\//, "must start with redis://").optional(),
    /** This instance's name in logs, /api/health and Redis; default: host name and process id. */
    INSTANCE_ID: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, "letters, digits and . _ : - only, at most 64").optional(),
    /**
     * A reverse proxy in front terminates TLS and says so in X-Forwarded-Proto: believe it
     * (HSTS and Secure cookies then follow the request's scheme). Leave false when clients
     * reach Samla directly, or they could claim https themselves.
     */
    TRUST_PROXY: booleanFlag.default(false),
    /** Serve Prometheus metrics at /metrics (no names or note text in them). */
    METRICS: booleanFlag.default(false),
    /** A bearer token /metrics asks for; setting it also switches /metrics on. */
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    /** How much the log says: one JSON line per event at this level and above. */
    SAMLA_LOG: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { message: "must be one of fatal, error, warn, info, debug, trace, silent" }).default("info"),
    /**
     * On SIGTERM: how long /api/ready answers 503 before the instance stops taking connections,
     * so the load balancer has taken it out of rotation by then (HAProxy: 2 checks, 1 s apart).
     */
    DRAIN_SECONDS: z.coerce.number({ message: "must be a number" }).min(0).max(120).default(3),
    /** Extra PDF fonts (server/report/render/pdfFonts.ts reads them); a typo would only show as missing glyphs in a report. */
    REPORT_PDF_FONT_DIR: z.string().refine(isFontFolder, "must be a folder holding at least one .ttf or .otf font").optional(),
  });

function isFontFolder(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory() && fs.readdirSync(dir).some((f) => /\.(ttf|otf)$/i.test(f));
  } catch {
    return false;
  }
}

export type Config = z.infer<typeof envSchema> & {
  authSecret: string;
  databaseUrl: string;
  databaseFlavour: "sqlite" | "postgresql";
  publicUrl: string;
  instanceId: string;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses the environment; throws ConfigError listing every wrong value. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  // Checked apart from the schema so it is reported together with any other wrong value.
  const oidc = [cleaned.OIDC_ISSUER, cleaned.OIDC_CLIENT_ID, cleaned.OIDC_CLIENT_SECRET];
  const oidcProblem = oidc.some(Boolean) && !oidc.every(Boolean) ? ["OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together"] : [];
  // Without a provider, switching passwords off would leave nobody able to sign in.
  if (result.success && !result.data.PASSWORD_SIGNIN && !oidc.every(Boolean)) oidcProblem.push("PASSWORD_SIGNIN: can only be false when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set");
  const clusterProblems = severalInstancesProblems(cleaned);
  if (!result.success || oidcProblem.length > 0 || clusterProblems.length > 0) {
    const schemaProblems = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".") || "env"}: ${i.message}`);
    throw new ConfigError([...schemaProblems, ...oidcProblem, ...clusterProblems]);
  }
  const parsed = result.data;
  const dataDir = path.resolve(parsed.DATA_DIR);
  const databaseUrl = parsed.DATABASE_URL ?? `file:${path.join(dataDir, "samla.db")}`;
  return {
    ...parsed,
    DATA_DIR: dataDir,
    authSecret: parsed.AUTH_SECRET ?? loadOrCreateSecret(dataDir),
    databaseUrl,
    databaseFlavour: databaseUrl.startsWith("file:") ? "sqlite" : "postgresql",
    publicUrl: parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`,
    instanceId: parsed.INSTANCE_ID ?? `${os.hostname()}:${process.pid}`,
  };
}

/**
 * REDIS_URL means several instances: each must sign and check cookies with the same secret
 * (a generated one lives in one instance's data directory only), and all must share one
 * database that takes writes from many processes, which a SQLite file does not.
 */
function severalInstancesProblems(env: Record<string, string | undefined>): string[] {
  if (!env.REDIS_URL) return [];
  const problems: string[] = [];
  if (!env.AUTH_SECRET) problems.push("AUTH_SECRET: must be set when REDIS_URL is set (every instance must use the same secret)");
  if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "")) problems.push("DATABASE_URL: must be a postgresql:// URL when REDIS_URL is set (several instances share one PostgreSQL)");
  return problems;
}

/** A self-hosted install should work without setting a secret by hand: keep one on disk. */
function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}

let cached: Config | undefined;

/** The process-wide configuration (parsed on first use). */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
