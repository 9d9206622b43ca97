"use client";
// The voting screens' two ways of speaking up: a refusal or failure shown and announced at
// once (role="alert"), and a quiet spoken confirmation for screen readers (a dot cast, points set).

export function VotingAlert({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-lg border-2 border-red-800 bg-red-50 p-3 text-lg font-semibold text-red-900">
      {error}
    </p>
  );
}

export function VotingAnnouncement({ text }: { text: string }) {
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}
