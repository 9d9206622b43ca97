// Shapes shared by the board components.

/** The person using the board, as the page knows them (lib/contract/boardPage.ts). */
export type { BoardMe } from "@/lib/contract/boardPage";
