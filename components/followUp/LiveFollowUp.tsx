"use client";
// Listens to one workshop's room for follow-up changes (an owner's update, a withdrawn link) and
// tells the view to reload. A programme's view mounts one per workshop.
import { useEffect } from "react";
import { useRoom } from "@/components/room/useRoom";

export function LiveFollowUp({ workshopId, onChange, onStatus }: { workshopId: string; onChange: () => void; onStatus?: (connected: boolean) => void }) {
  const room = useRoom(workshopId);
  useEffect(() => room.subscribe("followUp:changed", () => onChange()), [room, onChange]);
  const connected = room.status === "connected";
  useEffect(() => onStatus?.(connected), [connected, onStatus]);
  // A reconnect may have missed events: reload once it is back.
  useEffect(() => {
    if (connected) onChange();
  }, [connected, onChange]);
  return null;
}
