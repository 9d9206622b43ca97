// Brute-force protection for password sign-in. Failures are counted in the database (not in
// process memory) so every instance behind a load balancer sees the same count. An account
// is locked after SIGNIN_MAX_FAILURES; an address gets four times as many tries, because a
// whole venue often shares one public address.
import type { Db } from "../db/client";

export interface ThrottleSettings {
  maxFailures: number;
  lockMinutes: number;
}

export class SignInLockedError extends Error {
  constructor(public readonly retryAfterMinutes: number) {
    super(`locked:${retryAfterMinutes}`);
  }
}

function keysFor(email: string, address: string | null): Array<{ key: string; limit: (s: ThrottleSettings) => number }> {
  const keys = [{ key: `email:${email.toLowerCase()}`, limit: (s: ThrottleSettings) => s.maxFailures }];
  if (address) keys.push({ key: `ip:${address}`, limit: (s) => s.maxFailures * 4 });
  return keys;
}

/** Throws SignInLockedError when the account or address is locked right now. */
export async function assertNotLocked(db: Db, email: string, address: string | null, now = new Date()): Promise<void> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keysFor(email, address).map((k) => k.key) } } });
  const lockedUntil = rows.map((r) => r.lockedUntil?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
  if (lockedUntil > now.getTime()) throw new SignInLockedError(Math.ceil((lockedUntil - now.getTime()) / 60_000));
}

export async function recordFailure(db: Db, settings: ThrottleSettings, email: string, address: string | null, now = new Date()): Promise<void> {
  const windowMs = settings.lockMinutes * 60_000;
  for (const { key, limit } of keysFor(email, address)) {
    await db.$transaction(async (tx) => {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() > windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil = failures >= limit(settings) ? new Date(now.getTime() + windowMs) : null;
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures, windowStart: now, lockedUntil },
        update: { failures, windowStart: fresh ? now : row.windowStart, lockedUntil },
      });
    });
  }
}

export async function recordSuccess(db: Db, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email.toLowerCase()}` } });
}
