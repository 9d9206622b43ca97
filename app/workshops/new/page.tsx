import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { methodTemplates } from "@/lib/domain/templates/methodTemplates";
import { CreateWorkshopForm } from "@/components/workshop/CreateWorkshopForm";
import { getDb } from "@/server/platform/db/client";
import { defaultRetentionMonths } from "@/server/workshop/retention";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("workshop.create"))("title") };
}

export default async function NewWorkshopPage() {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/workshops/new");
  const t = await getTranslations("workshop.create");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const methods = methodTemplates(locale).map((m) => ({ key: m.key, name: m.name, description: m.description, phaseTitles: m.phases.map((p) => p.title) }));
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("lead")}</p>
      <CreateWorkshopForm methods={methods} defaultLanguage={locale} defaultRetentionMonths={await defaultRetentionMonths(getDb())} />
    </div>
  );
}
