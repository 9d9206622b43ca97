import { useId } from "react";

interface Props extends React.InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string | null;
  hint?: string;
}

/** A labelled input with its error and hint wired to aria-describedby. */
export function TextField({ label, error, hint, id, className, ...input }: Props) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="mt-1 w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-lg aria-[invalid=true]:border-red-700"
        {...input}
      />
      {error && (
        <p id={errorId} className="mt-1 font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
