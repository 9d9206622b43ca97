import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { createDemo } from "./actions";
import { DemoButton } from "./DemoButton";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("workshop.demo"))("title") };
}

export default async function DemoPage() {
  const t = await getTranslations("workshop.demo");
  const user = await currentUser();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("lead")}</p>
      {user ? (
        <form action={createDemo} className="mt-6 space-y-4">
          <p className="text-muted">{t("whatYouGet")}</p>
          <DemoButton />
        </form>
      ) : (
        <div className="mt-6 rounded-2xl bg-brand-50 p-6">
          <p className="text-lg">{t("signInFirst")}</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/signin?callbackUrl=/demo" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
              {t("signIn")}
            </Link>
            <Link href="/signup" className="rounded-lg border-2 border-brand-700 px-5 py-3 font-semibold text-brand-800 hover:bg-white">
              {t("createAccount")}
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}
