// A row of dots drawn as filled and hollow circles. Purely visual: the number is always
// written next to it, so neither colour nor shape alone carries the count.
export function DotRow({ filled, total, size = "md" }: { filled: number; total: number; size?: "md" | "lg" }) {
  const dim = size === "lg" ? "h-6 w-6" : "h-4 w-4";
  return (
    <span aria-hidden="true" className="inline-flex flex-wrap gap-1 align-middle">
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={`${dim} rounded-full border-2 border-brand-800 ${i < filled ? "bg-brand-700" : "bg-white"}`} />
      ))}
    </span>
  );
}
