"use client";
// The accounts table on /admin: who has an account, and disabling one (which signs it out
// everywhere at once) or enabling it again. Disabling asks first; enabling does not.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "@/components/workshop/ConfirmButton";

export interface AdminUserRow {
  id: string;
  name: string;
  email: string;
  role: "admin" | "facilitator";
  created: string;
  disabled: boolean;
  isMe: boolean;
}

const buttonClass = "rounded-lg border-2 px-3 py-1.5 font-semibold";

export function AdminUsers({ users: initial }: { users: AdminUserRow[] }) {
  const t = useTranslations("admin");
  const [users, setUsers] = useState(initial);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function setDisabled(user: AdminUserRow, disabled: boolean) {
    setError(null);
    const res = await fetch(`/api/admin/users/${encodeURIComponent(user.id)}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ disabled }),
    }).catch(() => null);
    if (!res?.ok) {
      setError(t("accountChangeFailed", { name: user.name }));
      return;
    }
    setUsers((list) => list.map((u) => (u.id === user.id ? { ...u, disabled } : u)));
    setStatus(disabled ? t("accountNowDisabled", { name: user.name }) : t("accountNowEnabled", { name: user.name }));
  }

  return (
    <>
      <table className="mt-4 w-full border-collapse bg-white text-left">
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("email")}</th>
            <th scope="col" className="p-2">{t("role")}</th>
            <th scope="col" className="p-2">{t("created")}</th>
            <th scope="col" className="p-2">{t("accountStatus")}</th>
            <th scope="col" className="p-2">
              <span className="sr-only">{t("accountActions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-slate-200" data-user-email={u.email}>
              <td className="p-2">{u.name}</td>
              <td className="p-2">{u.email}</td>
              <td className="p-2">{t(`roles.${u.role}`)}</td>
              <td className="p-2">{u.created}</td>
              <td className="whitespace-nowrap p-2">{u.disabled ? <strong className="text-red-900">✕ {t("disabled")}</strong> : <span>✓ {t("active")}</span>}</td>
              <td className="p-2">
                {u.isMe ? (
                  <span className="text-muted">{t("thisIsYou")}</span>
                ) : u.disabled ? (
                  <button type="button" className={`${buttonClass} border-brand-700 text-brand-800 hover:bg-brand-50`} onClick={() => void setDisabled(u, false)}>
                    {t("enable")}
                    <span className="sr-only"> {u.name}</span>
                  </button>
                ) : (
                  <ConfirmButton
                    label={
                      <>
                        {t("disable")}
                        <span className="sr-only"> {u.name}</span>
                      </>
                    }
                    question={t("disableQuestion", { name: u.name })}
                    confirmLabel={t("disableConfirm")}
                    onConfirm={() => void setDisabled(u, true)}
                    className={`${buttonClass} border-red-800 text-red-900 hover:bg-red-50`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="mt-2 text-lg">{status}</p>
      {error && <p role="alert" className="mt-2 font-medium text-red-800">{error}</p>}
    </>
  );
}
