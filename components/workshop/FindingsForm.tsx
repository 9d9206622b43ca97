"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { boardColours, type BoardColour } from "@/lib/board/schema";
import { Alert } from "./Alert";
import { sendJson } from "./api";
import { buttonPrimary, inputClass } from "./styles";
import { useErrorText } from "./useErrorText";

export type BoardChoice = { id: string; title: string };

/** Files larger than this are surely not a list of notes; refused before reading. */
const maxFileBytes = 2_000_000;

export function FindingsForm({ workshopId, boards }: { workshopId: string; boards: BoardChoice[] }) {
  const t = useTranslations("workshop.findings");
  const tc = useTranslations("workshop.colours");
  const router = useRouter();
  const errorText = useErrorText();
  const [boardId, setBoardId] = useState(boards[0]?.id ?? "");
  const [format, setFormat] = useState<"lines" | "csv">("lines");
  const [colour, setColour] = useState<BoardColour>("yellow");
  const [text, setText] = useState("");
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > maxFileBytes) {
      setMessage({ kind: "error", text: errorText("fileTooLarge") });
      return;
    }
    setText(await file.text());
    if (/\.(csv|tsv)$/i.test(file.name)) setFormat("csv");
    setMessage(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const res = await sendJson<{ added: number }>("POST", `/api/workshops/${workshopId}/findings`, { boardId, format, text, colour });
    setBusy(false);
    if (res.ok) {
      const board = boards.find((b) => b.id === boardId)?.title ?? "";
      setMessage({ kind: "success", text: t("added", { count: res.data.added, board }) });
      setText("");
      router.refresh();
    } else {
      // The text stays in the box so the facilitator can fix the line the message names.
      setMessage({ kind: "error", text: errorText(res.error) });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <label htmlFor="findings-board" className="block font-semibold">{t("board")}</label>
          <select id="findings-board" value={boardId} onChange={(e) => setBoardId(e.target.value)} className={inputClass}>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>{b.title}</option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="font-semibold">{t("format")}</legend>
          {(["lines", "csv"] as const).map((f) => (
            <label key={f} className="mt-2 flex items-center gap-2">
              <input type="radio" name="findings-format" className="size-5" checked={format === f} onChange={() => setFormat(f)} />
              <span className="font-medium">{t(`formats.${f}`)}</span>
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="findings-colour" className="block font-semibold">{t("colour")}</label>
          <select id="findings-colour" value={colour} onChange={(e) => setColour(e.target.value as BoardColour)} className={inputClass}>
            {boardColours.map((c) => (
              <option key={c} value={c}>{tc(c)}</option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <label htmlFor="findings-text" className="block font-semibold">{t("text")}</label>
        <p id="findings-text-hint" className="text-sm text-muted">{format === "csv" ? t("csvHint") : t("linesHint")}</p>
        <textarea id="findings-text" aria-describedby="findings-text-hint" rows={8} value={text} onChange={(e) => setText(e.target.value)} className={`${inputClass} font-mono text-base`} />
      </div>
      <div>
        <label htmlFor="findings-file" className="block font-semibold">{t("file")}</label>
        <input id="findings-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} className="mt-1 block text-base file:mr-3 file:rounded-md file:border-2 file:border-slate-500 file:bg-white file:px-3 file:py-1.5 file:font-semibold" />
      </div>
      <button type="submit" className={buttonPrimary} disabled={busy || text.trim() === "" || !boardId}>
        {busy ? t("adding") : t("submit")}
      </button>
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
    </form>
  );
}
