import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookie } from "./locales";
import { loadMessages } from "./messages";

// Bokmål unless the person chose English (the choice is kept in a cookie). We do not follow
// Accept-Language: shared venue laptops are often set to English.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  return { locale, messages: loadMessages(locale), timeZone: "Europe/Oslo" };
});
