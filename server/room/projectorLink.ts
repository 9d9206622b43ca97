// The workshop's projector link: /present/<id>?token=… for a venue PC or a tablet, with no
// one's sign-in. Its token is an observer's (server/platform/auth): it follows the room, sees what the
// audience may see, never a hidden round's counts, and never edits or votes. One projector
// observer per workshop, made the first time a facilitator page asks, so the link on the set-up
// and run pages stays the same until the facilitator makes a new one (the old one then stops
// working). The facilitator's own /present view uses the same token, so the big screen shows the
// same whoever opened it.
import { randomBytes } from "node:crypto";
import QRCode from "qrcode";
import type { Db } from "../platform/db/client";
import { signParticipantToken } from "../platform/auth/participantToken";
import { PROJECTOR_NAME, PROJECTOR_ORGANISATION } from "./projectorScreen";


export interface ProjectorLink {
  participantId: string;
  token: string;
  url: string;
  qrDataUrl: string;
}

const freshSecret = () => randomBytes(32).toString("base64url");

async function projectorObserver(db: Db, workshopId: string) {
  const where = { workshopId, role: "observer", displayName: PROJECTOR_NAME, organisation: PROJECTOR_ORGANISATION, removedAt: null };
  const existing = await db.participant.findFirst({ where, orderBy: { createdAt: "asc" } });
  if (existing) return existing;
  await db.participant.create({ data: { workshopId, displayName: PROJECTOR_NAME, organisation: PROJECTOR_ORGANISATION, secret: freshSecret(), role: "observer" } });
  // Two pages asking at once may both have created one: everyone uses the oldest.
  return db.participant.findFirstOrThrow({ where, orderBy: { createdAt: "asc" } });
}

export async function projectorLink(db: Db, authSecret: string, publicUrl: string, workshopId: string, options: { renew?: boolean } = {}): Promise<ProjectorLink> {
  let observer = await projectorObserver(db, workshopId);
  if (options.renew) observer = await db.participant.update({ where: { id: observer.id }, data: { secret: freshSecret() } });
  const token = signParticipantToken(authSecret, observer.id, observer.secret);
  const url = new URL(`/present/${workshopId}?token=${encodeURIComponent(token)}`, publicUrl).toString();
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "L", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return { participantId: observer.id, token, url, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}
