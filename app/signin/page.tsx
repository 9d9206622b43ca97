import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { getConfig } from "@/server/config";
import { currentUser } from "@/server/auth/requestPrincipal";
import { oidcProviderId } from "@/server/auth/nextAuthOptions";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  if (await currentUser()) redirect("/dashboard");
  const t = await getTranslations("auth");
  const { callbackUrl, error } = await searchParams;
  const config = getConfig();
  const oidc = config.OIDC_ISSUER ? { id: oidcProviderId, name: config.OIDC_NAME } : null;
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/dashboard";
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-3xl font-bold">{t("signInTitle")}</h1>
      <p className="mt-2 text-muted">{t("signInLead")}</p>
      <SignInForm callbackUrl={safeCallback} oidc={oidc} initialError={error ?? null} />
    </div>
  );
}
