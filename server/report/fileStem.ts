// File names for exports.

/** "Søkekonferanse om helse" → "sokekonferanse-om-helse": safe in every file system and mail client. */
export function fileStem(title: string, date: string | null): string {
  const slug = title
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[åÅ]/g, "a")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return [slug || "samla", date].filter(Boolean).join("-");
}
