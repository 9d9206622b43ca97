"use client";

import { useCallback, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { sendJson } from "@/components/workshop/api";
import { buttonSecondary, buttonSmall, inputClass, panelClass } from "@/components/workshop/styles";
import { useErrorText } from "@/components/workshop/useErrorText";

/** The shape GET /api/programmes/<id>/areas answers (server/report/programme/matching.ts). */
interface Matching {
  workshops: { id: string; title: string }[];
  areas: { key: string; title: string; members: { workshopId: string; title: string; areaKey: string; linked: boolean }[] }[];
  suggestions: { from: { workshopId: string; areaKey: string; title: string }; to: { key: string; title: string }; similarity: number }[];
}

/** The matching screen: suggested pairs first, then every area with where it came up, and a link by hand. */
export function AreaMatching({ programmeId, canEdit }: { programmeId: string; canEdit: boolean }) {
  const t = useTranslations("programme.areas");
  const errorText = useErrorText();
  const [matching, setMatching] = useState<Matching | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const load = useCallback(async () => {
    const res = await sendJson<Matching>("GET", `/api/programmes/${programmeId}/areas`);
    if (res.ok) setMatching(res.data);
    else setError(errorText(res.error));
  }, [programmeId, errorText]);

  useEffect(() => {
    void load();
    // Loads once; actions below load again after each change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [programmeId]);

  async function link(workshopId: string, areaTitle: string, targetTitle: string) {
    setError(null);
    const res = await sendJson("POST", `/api/programmes/${programmeId}/areas`, { workshopId, areaTitle, targetTitle });
    if (!res.ok) return setError(errorText(res.error));
    setStatus(t("linked", { from: areaTitle, to: targetTitle }));
    await load();
  }

  async function unlink(workshopId: string, areaKey: string) {
    setError(null);
    const res = await sendJson("DELETE", `/api/programmes/${programmeId}/areas`, { workshopId, areaKey });
    if (!res.ok) return setError(errorText(res.error));
    setStatus(t("unlinked"));
    await load();
  }

  function manual(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [workshopId, ...rest] = String(form.get("area") ?? "").split("\u0000");
    const target = String(form.get("target") ?? "");
    if (workshopId && rest.length && target) void link(workshopId, rest.join("\u0000"), target);
  }

  const workshopTitle = (id: string) => matching?.workshops.find((w) => w.id === id)?.title ?? "";
  return (
    <div>
      <p role="status" className="min-h-6 font-medium text-green-900">{status}</p>
      {error && <p role="alert" className="font-medium text-red-800">{error}</p>}
      {matching && (
        <>
          <section className={`${panelClass} mt-4`} aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading" className="text-2xl font-bold">{t("suggestions")}</h2>
            {matching.suggestions.length === 0 ? (
              <p className="mt-2 text-muted">{t("noSuggestions")}</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-200">
                {matching.suggestions.map((s) => (
                  <li key={`${s.from.workshopId}-${s.from.areaKey}-${s.to.key}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      {t("suggestion", { from: s.from.title, workshop: workshopTitle(s.from.workshopId), to: s.to.title })}{" "}
                      <span className="text-sm text-muted">({t("similarity", { percent: `${Math.round(s.similarity * 100)} %` })})</span>
                    </span>
                    {canEdit && (
                      <button type="button" className={buttonSmall} onClick={() => void link(s.from.workshopId, s.from.title, s.to.title)}>
                        {t("accept")}
                        <span className="sr-only">: {t("suggestion", { from: s.from.title, workshop: workshopTitle(s.from.workshopId), to: s.to.title })}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className={`${panelClass} mt-6`} aria-labelledby="areas-heading">
            <h2 id="areas-heading" className="text-2xl font-bold">{t("all")}</h2>
            {matching.areas.length === 0 ? (
              <p className="mt-2 text-muted">{t("none")}</p>
            ) : (
              <ul className="mt-3 grid gap-3">
                {matching.areas.map((area) => (
                  <li key={area.key} className="rounded-lg border border-slate-200 p-3">
                    <h3 className="font-bold">{area.title}</h3>
                    <p className="text-sm text-muted">{t("inWorkshops", { count: new Set(area.members.map((m) => m.workshopId)).size })}</p>
                    <ul className="mt-1 grid gap-1">
                      {area.members.map((m) => (
                        <li key={`${m.workshopId}-${m.areaKey}`} className="flex flex-wrap items-center gap-2">
                          <span>{workshopTitle(m.workshopId)}: «{m.title}»</span>
                          {m.linked && <span className="rounded-full border border-brand-700 px-2 text-sm text-brand-800">{t("byLink")}</span>}
                          {m.linked && canEdit && (
                            <button type="button" className={buttonSmall} onClick={() => void unlink(m.workshopId, m.areaKey)}>
                              {t("unlink")}
                              <span className="sr-only">: {m.title}</span>
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {canEdit && matching.areas.length > 1 && (
            <form onSubmit={manual} className={`${panelClass} mt-6 flex flex-wrap items-end gap-3`} aria-labelledby="manual-heading">
              <h2 id="manual-heading" className="w-full text-2xl font-bold">{t("manual")}</h2>
              <div className="min-w-64 flex-1">
                <label htmlFor="manual-area" className="block font-semibold">{t("manualArea")}</label>
                <select id="manual-area" name="area" className={inputClass} defaultValue="">
                  <option value="" disabled>{t("choose")}</option>
                  {matching.areas.flatMap((a) =>
                    a.members.map((m) => (
                      <option key={`${m.workshopId}-${m.areaKey}`} value={`${m.workshopId}\u0000${m.title}`}>
                        {workshopTitle(m.workshopId)}: {m.title}
                      </option>
                    )),
                  )}
                </select>
              </div>
              <div className="min-w-64 flex-1">
                <label htmlFor="manual-target" className="block font-semibold">{t("manualTarget")}</label>
                <select id="manual-target" name="target" className={inputClass} defaultValue="">
                  <option value="" disabled>{t("choose")}</option>
                  {matching.areas.map((a) => (
                    <option key={a.key} value={a.title}>{a.title}</option>
                  ))}
                </select>
              </div>
              <button type="submit" className={buttonSecondary}>{t("manualSubmit")}</button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
