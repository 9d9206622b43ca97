import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { ChromeForRoute } from "@/components/ui/ChromeForRoute";
import { SiteHeader } from "@/components/ui/SiteHeader";
import { currentSessionBeganAtProvider } from "@/server/platform/auth/oidc/endSession";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Samla", template: "%s · Samla" }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  const t = await getTranslations("common");
  const user = await currentUser();
  const signedOutPage = user && (await currentSessionBeganAtProvider()) ? "/signed-out?from=oidc" : "/";
  return (
    <html lang={locale === "nb" ? "nb" : "en"}>
      <body className="min-h-screen font-sans antialiased">
        <NextIntlClientProvider locale={locale} messages={messages}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">
            {t("skipToContent")}
          </a>
          <ChromeForRoute>
            <SiteHeader user={user && { name: user.name, role: user.role }} signedOutPage={signedOutPage} />
          </ChromeForRoute>
          <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
