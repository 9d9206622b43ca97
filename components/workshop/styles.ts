// Shared class names for the setup screens, so buttons look and behave alike everywhere.
export const buttonPrimary = "rounded-lg bg-brand-700 px-5 py-2.5 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const buttonSecondary = "rounded-lg border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60";
export const buttonSmall = "rounded-md border-2 border-slate-500 bg-white px-3 py-1.5 font-semibold text-ink hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50";
export const buttonSmallDanger = "rounded-md border-2 border-red-800 bg-white px-3 py-1.5 font-semibold text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50";
export const buttonDanger = "rounded-lg border-2 border-red-800 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50";
export const inputClass = "mt-1 w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-lg";
export const panelClass = "rounded-2xl border border-slate-200 bg-white p-6 shadow-sm";
