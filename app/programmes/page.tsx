import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { CreateProgrammeForm } from "@/components/programme/CreateProgrammeForm";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { listProgrammes } from "@/server/workshop/programmes/programmes";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("programme"))("listTitle") };
}

export default async function ProgrammesPage() {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/programmes");
  const t = await getTranslations("programme");
  const locale = await getLocale();
  const programmes = await listProgrammes(getDb(), user);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
      <p className="mt-2 max-w-prose text-lg">{t("listLead")}</p>
      {programmes.length === 0 ? (
        <p className="mt-6 text-lg text-muted">{t("none")}</p>
      ) : (
        <ul className="mt-6 grid gap-3">
          {programmes.map((p) => (
            <li key={p.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="text-xl font-bold">
                <Link href={`/programmes/${p.id}`} className="text-brand-800 underline underline-offset-4 hover:no-underline">{p.title}</Link>
              </h2>
              <p className="mt-1 text-muted">{t("workshopCount", { count: p.workshopCount })}</p>
            </li>
          ))}
        </ul>
      )}
      <CreateProgrammeForm defaultLanguage={locale === "en" ? "en" : "nb"} />
    </div>
  );
}
