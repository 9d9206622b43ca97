import { handleCallback } from "@/server/auth/oidc/oidcRoutes";

export const dynamic = "force-dynamic";

export const GET = handleCallback;
