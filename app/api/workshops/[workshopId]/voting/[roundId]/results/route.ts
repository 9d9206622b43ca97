import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db/client";
import { errorResponse } from "@/server/http/json";
import { resultsCsv } from "@/server/services/votingHistory";
import { resultsOf } from "@/server/services/votingResults";
import { getRound, roundView } from "@/server/services/votingRounds";
import { VotingError } from "@/server/services/votingErrors";
import { asFacilitator } from "@/server/services/workshopResponses";

type Context = { params: Promise<{ workshopId: string; roundId: string }> };

/**
 * A closed or revealed round's results for the organisers: JSON, or `?format=csv` for a
 * spreadsheet. Anonymous rounds carry no ballots in either format.
 */
export async function GET(req: Request, { params }: Context) {
  const { workshopId, roundId } = await params;
  return asFacilitator(req, workshopId, async () => {
    const db = getDb();
    let round;
    try {
      round = await getRound(db, workshopId, roundId.slice(0, 64));
    } catch (error) {
      if (error instanceof VotingError) return errorResponse(error.status, error.code);
      throw error;
    }
    if (round.status === "open") return errorResponse(409, "roundNotClosed");
    const results = await resultsOf(db, round, { withBallots: true });
    if (new URL(req.url).searchParams.get("format") !== "csv") return { round: roundView(round), results };
    const t = await getTranslations("voting.export");
    const csv = resultsCsv(roundView(round), results, {
      rank: t("rank"), title: t("title"), dots: t("dots"), tied: t("tied"), organisation: t("organisation"), other: t("other"), unspecified: t("unspecified"),
    });
    return new Response(`\uFEFF${csv}`, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="prioritering-${round.id}.csv"` },
    });
  });
}
