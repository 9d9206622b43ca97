"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/server/db/client";
import { currentUser } from "@/server/auth/requestPrincipal";
import { getRuntime } from "@/server/runtime";
import { createDemoWorkshop } from "@/server/services/demo";

/** Copies the demo into the signed-in facilitator's dashboard and opens it. */
export async function createDemo(): Promise<void> {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/demo");
  const workshop = await createDemoWorkshop(getDb(), getRuntime().yjs, user.userId);
  redirect(`/workshops/${workshop.id}`);
}
