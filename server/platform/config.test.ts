import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "samla-config-"));

describe("parseConfig", () => {
  it("defaults to SQLite in the data dir on port 3000 and generates a lasting secret", () => {
    const dir = tmp();
    const config = parseConfig({ DATA_DIR: dir });
    expect(config.PORT).toBe(3000);
    expect(config.databaseFlavour).toBe("sqlite");
    expect(config.databaseUrl).toBe(`file:${path.join(dir, "samla.db")}`);
    expect(config.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(parseConfig({ DATA_DIR: dir }).authSecret).toBe(config.authSecret);
  });

  it("switches to PostgreSQL by URL", () => {
    const config = parseConfig({ DATA_DIR: tmp(), DATABASE_URL: "postgresql://u:p@localhost:5432/samla" });
    expect(config.databaseFlavour).toBe("postgresql");
  });

  it("lists one clear message per wrong value", () => {
    try {
      parseConfig({ DATA_DIR: tmp(), PORT: "abc", DATABASE_URL: "mysql://x", AUTH_SECRET: "short", OIDC_ISSUER: "https://login.example/v2.0" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^PORT: must be a number/),
          expect.stringMatching(/^DATABASE_URL: must start with postgresql:\/\/ or file:/),
          expect.stringMatching(/^AUTH_SECRET: must be at least 32 characters/),
          expect.stringMatching(/^OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together/),
        ]),
      );
      expect(problems).toHaveLength(4);
    }
  });

  it("with REDIS_URL, asks for a shared secret and PostgreSQL in one message", () => {
    const problems = (env: Record<string, string>) => {
      try {
        parseConfig({ DATA_DIR: tmp(), ...env });
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ REDIS_URL: "redis://127.0.0.1:6379" })).toEqual([
      expect.stringMatching(/^AUTH_SECRET: must be set when REDIS_URL is set/),
      expect.stringMatching(/^DATABASE_URL: must be a postgresql:\/\/ URL when REDIS_URL is set/),
    ]);
    expect(problems({ REDIS_URL: "redis://127.0.0.1:6379", AUTH_SECRET: "x".repeat(40), DATABASE_URL: "file:./data/samla.db" })).toEqual([
      expect.stringMatching(/^DATABASE_URL: must be a postgresql/),
    ]);
    const ok = parseConfig({ DATA_DIR: tmp(), REDIS_URL: "redis://127.0.0.1:6379", AUTH_SECRET: "x".repeat(40), DATABASE_URL: "postgresql://u@localhost/samla", INSTANCE_ID: "samla-2" });
    expect(ok.instanceId).toBe("samla-2");
    expect(ok.DRAIN_SECONDS).toBe(3);
  });

  it("refuses a PDF font folder that is missing or holds no font", () => {
    const fonts = tmp();
    const problem = (dir: string) => {
      try {
        parseConfig({ DATA_DIR: tmp(), REPORT_PDF_FONT_DIR: dir });
        return null;
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problem(path.join(fonts, "finnes-ikke"))).toEqual(["REPORT_PDF_FONT_DIR: must be a folder holding at least one .ttf or .otf font"]);
    expect(problem(fonts)).toHaveLength(1);
    fs.writeFileSync(path.join(fonts, "NotoSansCJK.otf"), "");
    expect(problem(fonts)).toBeNull();
  });

  it("treats empty variables as unset", () => {
    expect(parseConfig({ DATA_DIR: tmp(), PORT: "", DATABASE_URL: "" }).PORT).toBe(3000);
  });

  it("reads the OIDC allow-lists as lists and refuses to switch passwords off without a provider", () => {
    const oidc = { OIDC_ISSUER: "https://login.microsoftonline.com/t/v2.0", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret" };
    const config = parseConfig({ DATA_DIR: tmp(), ...oidc, OIDC_ALLOWED_EMAIL_DOMAINS: " vestby.kommune.no, ,as.kommune.no ", PASSWORD_SIGNIN: "false" });
    expect(config.OIDC_ALLOWED_EMAIL_DOMAINS).toEqual(["vestby.kommune.no", "as.kommune.no"]);
    expect(config.OIDC_ALLOWED_TENANTS).toEqual([]);
    expect(config.PASSWORD_SIGNIN).toBe(false);
    expect(config.OIDC_CLOCK_TOLERANCE_SECONDS).toBe(60);
    expect(() => parseConfig({ DATA_DIR: tmp(), PASSWORD_SIGNIN: "false" })).toThrow(/PASSWORD_SIGNIN: can only be false when OIDC_ISSUER/);
    expect(() => parseConfig({ DATA_DIR: tmp(), ...oidc, OIDC_SCOPES: "email profile" })).toThrow(/OIDC_SCOPES: must include openid/);
  });
});
