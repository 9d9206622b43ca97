// Creating a row that needs a fresh join code. Codes are random (34 million of them), so a
// clash with a stored code is rare but possible: the unique index detects it and we draw again
// rather than checking first (a check-then-insert would race with another create).
import { generateJoinCode } from "../../lib/domain/joinCode";
import { WorkshopError } from "./errors";

const attempts = 8;

function isJoinCodeClash(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta, message } = error as { code?: string; meta?: unknown; message?: string };
  if (code !== "P2002") return false;
  // Driver adapters report the target in different shapes; any mention of joinCode will do.
  return JSON.stringify(meta ?? "").includes("joinCode") || (message ?? "").includes("joinCode");
}

export async function withFreshJoinCode<T>(create: (joinCode: string) => Promise<T>, draw: () => string = generateJoinCode): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    try {
      return await create(draw());
    } catch (error) {
      if (!isJoinCodeClash(error)) throw error;
    }
  }
  throw new WorkshopError("joinCodeExhausted");
}
