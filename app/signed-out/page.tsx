import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getConfig } from "@/server/platform/config";
import { providerEndSessionUrl } from "@/server/platform/auth/oidc/endSession";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signedOutTitle") };
}

/**
 * After signing out of Samla. A session that began at the identity provider leaves the person
 * signed in there; offer the provider's own sign-out when it has one (on a shared PC it matters).
 */
export default async function SignedOutPage({ searchParams }: { searchParams: Promise<{ from?: string; provider?: string; state?: string }> }) {
  const t = await getTranslations("auth");
  const { from, provider, state } = await searchParams;
  const name = getConfig().OIDC_NAME;
  const offer = from === "oidc" && (await providerEndSessionUrl()) !== null;
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-3xl font-bold">{t("signedOutTitle")}</h1>
      <p role="status" className="mt-4 text-lg">
        {state === "provider" ? t("signedOutProviderDone", { provider: name }) : t("signedOutLead")}
      </p>
      {provider === "unavailable" && <p className="mt-4 rounded-lg border-2 border-amber-700 bg-amber-50 px-4 py-3">{t("signedOutProviderUnavailable", { provider: name })}</p>}
      {offer && (
        <div className="mt-6 rounded-xl bg-white p-5 shadow-sm">
          <p>{t("signedOutProviderStill", { provider: name })}</p>
          <a href="/api/auth/signout/oidc" className="mt-4 inline-block rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
            {t("signOutOfProvider", { provider: name })}
          </a>
        </div>
      )}
      <Link href="/signin" className="mt-6 inline-block font-semibold text-brand-700 underline">
        {t("signInAgain")}
      </Link>
    </div>
  );
}
