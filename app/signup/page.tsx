import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { hasAnyUser, isSignUpOpen } from "@/server/platform/auth/accounts";
import { currentUser } from "@/server/platform/auth/requestPrincipal";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export const dynamic = "force-dynamic";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string }> }) {
  if (await currentUser()) redirect("/dashboard");
  const t = await getTranslations("auth");
  const { invite } = await searchParams;
  const config = getConfig();
  if (!config.PASSWORD_SIGNIN) {
    return (
      <div className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-3xl font-bold">{t("signUpTitle")}</h1>
        <p role="status" className="mt-6 rounded-lg bg-brand-50 px-4 py-3">{t("passwordSigninOffText", { provider: config.OIDC_NAME })}</p>
        <Link href="/signin" className="mt-4 inline-block font-semibold text-brand-700 underline">{t("signIn")}</Link>
      </div>
    );
  }
  const db = getDb();
  const first = !(await hasAnyUser(db));
  const open = first || Boolean(invite) || (await isSignUpOpen(db, config.SIGNUP_OPEN));
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-3xl font-bold">{t("signUpTitle")}</h1>
      {first && <p className="mt-2 rounded-lg bg-brand-50 px-4 py-3">{t("firstAccountNote")}</p>}
      {open ? (
        <SignUpForm inviteToken={invite ?? null} />
      ) : (
        <p role="status" className="mt-6 rounded-lg border-2 border-amber-700 bg-amber-50 px-4 py-3">
          {t("signupClosedText")}
        </p>
      )}
    </div>
  );
}
