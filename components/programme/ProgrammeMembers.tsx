"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/TextField";
import { fieldErrors, sendJson } from "@/components/workshop/api";
import { buttonSecondary, buttonSmall, inputClass, panelClass } from "@/components/workshop/styles";
import { useErrorText, useFieldErrorText } from "@/components/workshop/useErrorText";

interface Props {
  programmeId: string;
  ownerId: string;
  canEdit: boolean;
  members: { userId: string; role: string; name: string; email: string }[];
}

/** Who may see the programme; organisers add facilitators and other organisers by e-mail. */
export function ProgrammeMembers({ programmeId, ownerId, canEdit, members }: Props) {
  const t = useTranslations("programme.page");
  const router = useRouter();
  const errorText = useErrorText();
  const fieldText = useFieldErrorText();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  async function add(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get("email") ?? "");
    setError(null);
    const res = await sendJson("POST", `/api/programmes/${programmeId}/members`, { email, role: String(form.get("role") ?? "facilitator") });
    if (res.ok) {
      formElement.reset();
      setFields({});
      setStatus(t("memberAdded", { email }));
      router.refresh();
      return;
    }
    setFields(fieldErrors(res.error));
    if (res.error.error !== "invalidInput") setError(errorText(res.error));
  }

  async function remove(userId: string) {
    const res = await sendJson("DELETE", `/api/programmes/${programmeId}/members/${userId}`);
    if (res.ok) router.refresh();
    else setError(errorText(res.error));
  }

  return (
    <section className={`${panelClass} mt-8`} aria-labelledby="members-heading">
      <h2 id="members-heading" className="text-2xl font-bold">{t("members")}</h2>
      <p className="mt-1 max-w-prose">{t("membersLead")}</p>
      <ul className="mt-3 divide-y divide-slate-200">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-semibold">{m.name}</span> · {m.email} · {t(`roles.${m.role === "organiser" ? "organiser" : "facilitator"}`)}
            </span>
            {canEdit && m.userId !== ownerId && (
              <button type="button" className={buttonSmall} onClick={() => void remove(m.userId)}>
                {t("removeMember")}
                <span className="sr-only">: {m.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form onSubmit={add} className="mt-4 flex flex-wrap items-end gap-3" noValidate>
          <TextField name="email" type="email" label={t("memberEmail")} autoComplete="off" error={fieldText(fields.email)} className="min-w-64 flex-1" />
          <div>
            <label htmlFor="member-role" className="block font-semibold">{t("memberRole")}</label>
            <select id="member-role" name="role" defaultValue="facilitator" className={inputClass}>
              <option value="facilitator">{t("roles.facilitator")}</option>
              <option value="organiser">{t("roles.organiser")}</option>
            </select>
          </div>
          <button type="submit" className={buttonSecondary}>{t("addMember")}</button>
        </form>
      )}
      <p role="status" className="mt-2 font-medium text-green-900">{status}</p>
      {error && <p role="alert" className="mt-2 font-medium text-red-800">{error}</p>}
    </section>
  );
}
