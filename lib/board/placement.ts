// Where a new thing goes on a board: the free spot nearest a preferred point. Pure geometry,
// no Yjs: the canvas asks it with the live document's rectangles at the moment of the insert,
// and again after other people's notes arrive (components/board/settleNewNotes.ts), so eight
// people pressing "new note" at once end with eight notes side by side, not one heap.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Space kept free around a placed rectangle, so neighbours read as separate notes. */
export const placementGap = 16;

/** How far the search goes before it gives up and answers below everything. */
const maxRings = 40;

/** The area two rectangles share (0 when they only touch or are apart). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function fits(candidate: Rect, occupied: readonly Rect[], gap: number): boolean {
  const padded = { x: candidate.x - gap, y: candidate.y - gap, w: candidate.w + 2 * gap, h: candidate.h + 2 * gap };
  return occupied.every((o) => overlapArea(padded, o) === 0);
}

/**
 * The top-left corner for a `size` rectangle, as near `preferred` (the rectangle's wanted
 * top-left) as possible without touching any of `occupied` (kept `gap` apart). The search walks
 * rings of a half-size grid around the preferred point, nearest first (counted in grid cells), so a free spot beside a
 * crowded middle wins over one far away. With nothing free within reach it answers the spot
 * below everything, which is always free.
 */
export function findFreeSpot(occupied: readonly Rect[], size: { w: number; h: number }, preferred: Point, gap = placementGap): Point {
  const start = { x: Math.round(preferred.x), y: Math.round(preferred.y), ...size };
  if (fits(start, occupied, gap)) return { x: start.x, y: start.y };
  const stepX = Math.max(8, Math.round((size.w + gap) / 2));
  const stepY = Math.max(8, Math.round((size.h + gap) / 2));
  for (let ring = 1; ring <= maxRings; ring++) {
    const cells: { x: number; y: number; d: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        const x = start.x + i * stepX;
        const y = start.y + j * stepY;
        // Distance in cells, not pixels: a note is wider than tall, so in pixels the spot below
        // always beats the one beside it and a table's notes pile into one column running off
        // the bottom of a laptop screen; in cells they gather in a compact block.
        cells.push({ x, y, d: i * i + j * j });
      }
    }
    // Nearest first; ties go right, then down, so every client breaks them the same way.
    cells.sort((a, b) => a.d - b.d || b.x - a.x || b.y - a.y);
    const free = cells.find((c) => fits({ ...c, w: size.w, h: size.h }, occupied, gap));
    if (free) return { x: free.x, y: free.y };
  }
  const bottom = occupied.reduce((max, o) => Math.max(max, o.y + o.h), start.y);
  return { x: start.x, y: bottom + gap };
}

/**
 * Which of this client's recent notes (`mine`) must step aside: those lying on a note with a
 * smaller id by more than `tolerance` of their own area. Two notes placed at the same moment by
 * two clients (neither saw the other's yet) overlap; only the one with the larger id moves, and
 * only its own client moves it, so the two never both step aside or fight over one note.
 */
export function crowdedNotes<T extends Rect & { id: string }>(mine: ReadonlySet<string>, all: readonly T[], tolerance = 0.05): T[] {
  return all.filter(
    (note) => mine.has(note.id) && all.some((other) => other.id < note.id && overlapArea(note, other) > tolerance * note.w * note.h),
  );
}
