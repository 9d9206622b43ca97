import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AdminSettings } from "@/components/auth/AdminSettings";
import { AdminUsers } from "@/components/auth/AdminUsers";
import { OidcAccessSettings } from "@/components/auth/OidcAccessSettings";
import { RetentionSettings } from "@/components/auth/RetentionSettings";
import { loadAccessRules } from "@/server/platform/auth/oidc/accessRules";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { isSignUpOpen } from "@/server/platform/auth/accounts";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { defaultRetentionMonths, scheduledDeletions } from "@/server/workshop/retention";
import { retentionLimits } from "@/lib/domain/retention";

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
  const [defaultMonths, deletions] = await Promise.all([defaultRetentionMonths(db), scheduledDeletions(db)]);
  // Past its day already (e.g. after the default was shortened): the next sweep deletes it.
  const now = Date.now();
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
      <section aria-labelledby="retention-heading" className="mt-10 rounded-xl bg-white p-5 shadow-sm">
        <h2 id="retention-heading" className="text-2xl font-bold">
          {t("retentionHeading")}
        </h2>
        <p className="mt-2 text-lg">{t("retentionIntro")}</p>
        <RetentionSettings months={defaultMonths} min={retentionLimits.min} max={retentionLimits.max} />
        <h3 className="mt-6 text-xl font-bold">{t("retentionScheduleHeading")}</h3>
        {deletions.length === 0 ? (
          <p className="mt-2">{t("retentionEmpty")}</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left">
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-4">{t("retentionDeleteOn")}</th>
                  <th scope="col" className="py-2 pr-4">{t("retentionWorkshop")}</th>
                  <th scope="col" className="py-2 pr-4">{t("retentionDate")}</th>
                  <th scope="col" className="py-2 pr-4">{t("retentionPeriod")}</th>
                  <th scope="col" className="py-2">{t("retentionContents")}</th>
                </tr>
              </thead>
              <tbody>
                {deletions.map((w) => (
                  <tr key={w.id} className="border-b border-slate-200">
                    <td className="py-2 pr-4 font-semibold">
                      {format.dateTime(w.deleteOn, { dateStyle: "medium", timeZone: "Europe/Oslo" })}
                      {w.deleteOn.getTime() <= now && <span className="block font-normal">{t("retentionDue")}</span>}
                    </td>
                    <td className="py-2 pr-4">{w.title}</td>
                    <td className="py-2 pr-4">{w.date ?? t("retentionNoDate")}</td>
                    <td className="py-2 pr-4">{t(w.ownPeriod ? "retentionOwnPeriod" : "retentionDefaultPeriod", { months: w.months })}</td>
                    <td className="py-2">{t("retentionContentsValue", { participants: w.participants, boards: w.boards, rounds: w.rounds })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
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
