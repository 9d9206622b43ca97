// Marks the stages of opening a board on the browser's performance timeline ("samla-board:…"
// marks and measures), so a slow start can be read stage by stage in DevTools' Performance
// panel or by the e2e performance test, which prints them. Each stage is recorded once per
// opened board; a handful of marks per page costs nothing measurable.
const prefix = "samla-board:";
const recorded = new Set<string>();

function available(): boolean {
  return typeof performance !== "undefined" && typeof performance.mark === "function";
}

/** Starts a fresh timeline for a board being opened (clears the previous board's stages). */
export function startBoardTiming(): void {
  recorded.clear();
  if (!available()) return;
  for (const entry of [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("measure")]) {
    if (entry.name.startsWith(prefix)) {
      performance.clearMarks(entry.name);
      performance.clearMeasures(entry.name);
    }
  }
  markBoardStage("connecting");
}

/** Marks the moment a stage was reached, the first time only. */
export function markBoardStage(stage: string, detail?: Record<string, number>): void {
  if (recorded.has(stage) || !available()) return;
  recorded.add(stage);
  performance.mark(prefix + stage, { detail });
}

/** Records how long a stage took (from `start`, a performance.now() value), the first time only. */
export function measureBoardStage(stage: string, start: number, detail?: Record<string, number>): void {
  if (recorded.has(stage) || !available()) return;
  recorded.add(stage);
  performance.measure(prefix + stage, { start, end: performance.now(), detail });
}
