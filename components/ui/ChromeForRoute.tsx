"use client";

import { usePathname } from "next/navigation";

/** Routes that own the whole screen (the projector) render without the site header. */
const fullScreenPrefixes = ["/present/"];

export function ChromeForRoute({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  if (fullScreenPrefixes.some((prefix) => pathname?.startsWith(prefix))) return null;
  return <>{children}</>;
}
