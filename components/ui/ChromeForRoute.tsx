"use client";

import { usePathname } from "next/navigation";

/**
 * Routes that own the whole screen (the projector, the action chains' big-screen view) render
 * without the site header: no "signed in as" or sign-out button on the wall of the room.
 */
const fullScreenPrefixes = ["/present/"];
const fullScreenPattern = /^\/workshops\/[^/]+\/chains\/present\/?$/;

export function isFullScreenRoute(pathname: string): boolean {
  return fullScreenPrefixes.some((prefix) => pathname.startsWith(prefix)) || fullScreenPattern.test(pathname);
}

export function ChromeForRoute({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  if (pathname && isFullScreenRoute(pathname)) return null;
  return <>{children}</>;
}
