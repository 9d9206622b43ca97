/** A message that screen readers announce when it appears; the icon word keeps colour from carrying the meaning alone. */
export function Alert({ kind, children }: { kind: "error" | "success"; children: React.ReactNode }) {
  const style = kind === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900";
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`rounded-lg border-2 px-4 py-3 font-medium ${style}`}>
      {children}
    </div>
  );
}
