import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/platform/db/client";
import { errorResponse } from "@/server/platform/http/json";
import { csvSeparators, isCsvSeparator, writeCsv } from "@/server/report/render/csv";
import { resultsRows } from "@/server/voting/history";
import { resultsOf } from "@/server/voting/results";
import { getRound, roundView } from "@/server/voting/rounds";
import { VotingError } from "@/server/voting/errors";
import { asFacilitator } from "@/server/workshop/responses";

type Context = { params: Promise<{ workshopId: string; roundId: string }> };

/**
 * A closed or revealed round's results for the organisers: JSON, or `?format=csv` for a
 * spreadsheet (`&separator=semicolon`, the default for Norwegian Excel, or `comma`). Anonymous
 * rounds carry no ballots in either format.
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
    const query = new URL(req.url).searchParams;
    const separator = query.get("separator") ?? "semicolon";
    if (query.get("format") === "csv" && !isCsvSeparator(separator)) return errorResponse(400, "unknownSeparator", { separators: Object.keys(csvSeparators) });
    const results = await resultsOf(db, round, { withBallots: true });
    if (query.get("format") !== "csv" || !isCsvSeparator(separator)) return { round: roundView(round), results };
    const t = await getTranslations("voting.export");
    const rows = resultsRows(roundView(round), results, {
      rank: t("rank"), title: t("title"), dots: t("dots"), tied: t("tied"), organisation: t("organisation"), other: t("other"), unspecified: t("unspecified"),
      suppressed: (min) => t("suppressed", { min }),
    });
    return new Response(new Uint8Array(writeCsv(rows, separator)), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="prioritering-${round.id}.csv"`, "cache-control": "no-store" },
    });
  });
}
