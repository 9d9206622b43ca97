// The voting HTTP API as the facilitator page uses it (reads only; changes go over the socket).
import type { CandidateBoard, RoundRecord } from "@/lib/contract/voting";

export async function fetchCandidates(workshopId: string): Promise<CandidateBoard[]> {
  const res = await fetch(`/api/workshops/${workshopId}/voting/candidates`, { cache: "no-store" });
  if (!res.ok) throw new Error(`candidates: ${res.status}`);
  return ((await res.json()) as { boards: CandidateBoard[] }).boards;
}

export async function fetchHistory(workshopId: string): Promise<RoundRecord[]> {
  const res = await fetch(`/api/workshops/${workshopId}/voting`, { cache: "no-store" });
  if (!res.ok) throw new Error(`history: ${res.status}`);
  return ((await res.json()) as { rounds: RoundRecord[] }).rounds;
}
