// /f/<token>: an action owner's follow-up page. No account: the signed token is the key, and a
// withdrawn or unknown token gets a plain explanation instead of the action.
import { getTranslations } from "next-intl/server";
import { OwnerFollowUp } from "@/components/followUp/OwnerFollowUp";
import { WorkshopError } from "@/server/workshop/errors";
import { followUpContext } from "@/server/workshop/followUp/context";
import { ownerPage } from "@/server/workshop/followUp/ownerPage";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("followUp"))("owner.title"), referrer: "no-referrer" as const, robots: { index: false, follow: false } };
}

export default async function OwnerFollowUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("followUp");
  try {
    const page = await ownerPage(followUpContext(), token);
    return <OwnerFollowUp token={token} initial={page} />;
  } catch (error) {
    if (!(error instanceof WorkshopError)) throw error;
    const reason = error.code === "followUpLinkRevoked" ? "revoked" : error.code === "actionNotFound" ? "actionGone" : "unknown";
    return (
      <div className="mx-auto max-w-xl px-4 py-10">
        <h1 className="text-2xl font-bold">{t("owner.title")}</h1>
        <p className="mt-3 text-xl" data-testid="owner-refused">
          {t(`owner.refused.${reason}`)}
        </p>
      </div>
    );
  }
}
