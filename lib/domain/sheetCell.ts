/** One cell of a table the exports write (CSV, xlsx): text, a number, or empty. */
export type Cell = string | number | null;
