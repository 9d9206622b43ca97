import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm, type SignInError } from "@/components/auth/SignInForm";
import { getConfig } from "@/server/platform/config";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { oidcSignInPath } from "@/server/platform/auth/oidc/providerClient";
import { safeCallbackUrl } from "@/server/platform/auth/oidc/signInWithProvider";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

type Search = { callbackUrl?: string; error?: string; email?: string; domains?: string; minutes?: string; providerError?: string };

/** The refusal named in the address; only short plain values are shown back. */
function errorFrom(search: Search): SignInError | null {
  if (!search.error) return null;
  const params: Record<string, string> = {};
  for (const key of ["email", "domains", "minutes", "providerError"] as const) {
    const value = search[key];
    if (typeof value === "string" && value.length <= 320) params[key] = value;
  }
  return { code: search.error.slice(0, 80), params };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  if (await currentUser()) redirect("/dashboard");
  const t = await getTranslations("auth");
  const search = await searchParams;
  const config = getConfig();
  const callbackUrl = safeCallbackUrl(search.callbackUrl);
  const oidc = config.OIDC_ISSUER ? { name: config.OIDC_NAME, href: `${oidcSignInPath}?${new URLSearchParams({ callbackUrl })}` } : null;
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-3xl font-bold">{t("signInTitle")}</h1>
      <p className="mt-2 text-muted">{t("signInLead")}</p>
      <SignInForm callbackUrl={callbackUrl} oidc={oidc} passwordSignin={config.PASSWORD_SIGNIN} initialError={errorFrom(search)} />
    </div>
  );
}
