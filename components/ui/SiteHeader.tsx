import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { SignOutButton } from "./SignOutButton";

/** The signed-in facilitator, as the layout read it (server/platform/auth/requestPrincipal.ts currentUser). */
export interface HeaderUser {
  name: string;
  role: string;
}

/** `signedOutPage`: where signing out lands (the layout knows whether the session began at an identity provider). */
export async function SiteHeader({ user, signedOutPage }: { user: HeaderUser | null; signedOutPage: string }) {
  const t = await getTranslations("common");
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
