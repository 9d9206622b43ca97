import { handleCallback } from "@/server/platform/auth/oidc/oidcRoutes";

export const dynamic = "force-dynamic";

export const GET = handleCallback;
