import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JoinCodeForm } from "@/components/workshop/JoinCodeForm";

export default async function LandingPage() {
  const t = await getTranslations("landing");
  const tDashboard = await getTranslations("dashboard");
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <section aria-labelledby="join-heading" className="grid gap-10 lg:grid-cols-2 lg:items-start">
        <div>
          <h1 className="text-4xl font-bold leading-tight text-brand-900">{t("title")}</h1>
          <p className="mt-4 text-xl text-muted">{t("lead")}</p>
          <ul className="mt-6 list-disc space-y-2 pl-6 text-lg marker:text-brand-700">
            <li>{t("pointBoards")}</li>
            <li>{t("pointVoting")}</li>
            <li>{t("pointChains")}</li>
            <li>{t("pointReport")}</li>
          </ul>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="join-heading" className="text-2xl font-bold">
            {t("joinHeading")}
          </h2>
          <p className="mt-2 text-muted">{t("joinHelp")}</p>
          <JoinCodeForm />
        </div>
      </section>
      <section aria-labelledby="facilitator-heading" className="mt-12 rounded-2xl bg-brand-50 p-6">
        <h2 id="facilitator-heading" className="text-2xl font-bold">
          {t("facilitatorHeading")}
        </h2>
        <p className="mt-2 max-w-3xl text-lg">{t("facilitatorText")}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/signin" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
            {t("signIn")}
          </Link>
          <Link href="/signup" className="rounded-lg border border-brand-700 px-5 py-3 font-semibold text-brand-800 hover:bg-white">
            {t("createAccount")}
          </Link>
          <Link href="/demo" className="rounded-lg border border-brand-700 px-5 py-3 font-semibold text-brand-800 hover:bg-white">
            {tDashboard("demo")}
          </Link>
        </div>
      </section>
    </div>
  );
}
