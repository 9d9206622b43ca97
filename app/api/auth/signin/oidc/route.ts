import { handleSignInStart } from "@/server/auth/oidc/oidcRoutes";

export const dynamic = "force-dynamic";

export const GET = handleSignInStart;
