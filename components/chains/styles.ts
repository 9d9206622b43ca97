// Shared class names, so every chain view has the same large, high-contrast controls.
export const inputClass = "w-full rounded-lg border-2 border-slate-500 bg-white px-3 py-2 text-lg text-ink read-only:bg-slate-100";
export const labelClass = "text-lg font-semibold";
export const buttonClass = "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border-2 border-brand-700 bg-white px-3 py-1.5 text-lg font-semibold text-brand-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500";
export const primaryButtonClass = "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border-2 border-brand-700 bg-brand-700 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60";
export const dangerButtonClass = "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border-2 border-red-800 bg-white px-3 py-1.5 text-lg font-semibold text-red-800 hover:bg-red-50";
