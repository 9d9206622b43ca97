// The `hyphen` package ships no types; these are the two calls the board uses (hyphenate.ts).
declare module "hyphen/nb" {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  export function hyphenate(text: string, options?: { hyphenChar?: string; minWordLength?: number }): Promise<string>;
}
