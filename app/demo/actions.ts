"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/server/platform/db/client";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { getRuntime } from "@/server/realtime/runtime";
import { createDemoWorkshop } from "@/server/workshop/demo";

/** Copies the demo into the signed-in facilitator's dashboard and opens it. */
export async function createDemo(): Promise<void> {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/demo");
  const workshop = await createDemoWorkshop(getDb(), getRuntime().yjs, user.userId);
  redirect(`/workshops/${workshop.id}`);
}
