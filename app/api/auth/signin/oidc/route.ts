import { handleSignInStart } from "@/server/platform/auth/oidc/oidcRoutes";

export const dynamic = "force-dynamic";

export const GET = handleSignInStart;
