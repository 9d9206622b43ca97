// Which workshops a follow-up view covers: one workshop, or a programme's workshops in date order.
import type { Db } from "../../platform/db/client";
import { WorkshopError } from "../errors";

export async function programmeWorkshopIds(db: Db, programmeId: string): Promise<{ ids: string[]; title: string; language: string }> {
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: { title: true, language: true, workshops: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: { id: true } } },
  });
  if (!programme) throw new WorkshopError("programmeNotFound");
  return { ids: programme.workshops.map((w) => w.id), title: programme.title, language: programme.language };
}
