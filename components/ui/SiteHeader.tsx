import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentSessionBeganAtProvider } from "@/server/platform/auth/oidc/endSession";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { SignOutButton } from "./SignOutButton";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const user = await currentUser();
  const signedOutPage = user && (await currentSessionBeganAtProvider()) ? "/signed-out?from=oidc" : "/";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-2xl font-bold tracking-tight text-brand-800">
          Samla
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-wrap items-center gap-3">
          {user ? (
            <>
              <Link href="/dashboard" className="rounded px-3 py-2 font-medium text-brand-800 hover:bg-brand-50">
                {t("dashboard")}
              </Link>
              {user.role === "admin" && (
                <Link href="/admin" className="rounded px-3 py-2 font-medium text-brand-800 hover:bg-brand-50">
                  {t("admin")}
                </Link>
              )}
              <span className="text-muted">{t("signedInAs", { name: user.name })}</span>
              <SignOutButton callbackUrl={signedOutPage} />
            </>
          ) : (
            <Link href="/signin" className="rounded px-3 py-2 font-medium text-brand-800 hover:bg-brand-50">
              {t("signInFacilitator")}
            </Link>
          )}
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  );
}
