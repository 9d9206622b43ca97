import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AdminSettings } from "@/components/auth/AdminSettings";
import { AdminUsers } from "@/components/auth/AdminUsers";
import { OidcAccessSettings } from "@/components/auth/OidcAccessSettings";
import { loadAccessRules } from "@/server/platform/auth/oidc/accessRules";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { isSignUpOpen } from "@/server/platform/auth/accounts";
import { currentUser } from "@/server/platform/auth/requestPrincipal";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/admin");
  const t = await getTranslations("admin");
  if (user.role !== "admin") {
    return <p className="mx-auto max-w-3xl px-4 py-10 text-lg">{t("adminsOnly")}</p>;
  }
  const db = getDb();
  const format = await getFormatter();
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true, createdAt: true, disabledAt: true } });
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <AdminSettings signupOpen={await isSignUpOpen(db, getConfig().SIGNUP_OPEN)} />
      {getConfig().OIDC_ISSUER && (
        <div className="mt-8">
          <OidcAccessSettings provider={getConfig().OIDC_NAME} initial={await loadAccessRules(db, getConfig())} />
        </div>
      )}
      <section aria-labelledby="users-heading" className="mt-10">
        <h2 id="users-heading" className="text-2xl font-bold">
          {t("users")}
        </h2>
        <AdminUsers
          users={users.map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            role: u.role === "admin" ? "admin" : "facilitator",
            created: format.dateTime(u.createdAt, { dateStyle: "medium" }),
            disabled: u.disabledAt !== null,
            isMe: u.id === user.userId,
          }))}
        />
      </section>
    </div>
  );
}
