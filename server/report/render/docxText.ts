// What a participant typed, as Word runs: a line break becomes a real break (<w:br/>) and a tab
// a real tab (<w:tab/>), instead of a space or a box, and characters XML cannot carry are
// dropped (../xmlText.ts), since one of them makes Word refuse the file. Emoji and every other
// character stay as they are: Word draws each in a font that has it.
import { Tab, TextRun, type IRunOptions } from "docx";
import { xmlText } from "../xmlText";

type RunStyle = Omit<IRunOptions, "children" | "text" | "break">;

/** The pieces of one text: strings, with "\t" and "\n" as their own pieces. */
export function textPieces(text: string): string[] {
  return xmlText(text.replace(/\r\n?/g, "\n"))
    .split(/(\t|\n)/)
    .filter((piece) => piece !== "");
}

export function docxRuns(text: string, style: RunStyle = {}): TextRun[] {
  const runs: TextRun[] = [];
  let children: (string | Tab)[] = [];
  let breakBefore = 0;
  const flush = () => {
    if (children.length > 0 || breakBefore > 0) runs.push(new TextRun({ ...style, children, ...(breakBefore ? { break: breakBefore } : {}) }));
    children = [];
    breakBefore = 0;
  };
  for (const piece of textPieces(text)) {
    if (piece === "\n") {
      flush();
      breakBefore = 1;
    } else children.push(piece === "\t" ? new Tab() : piece);
  }
  flush();
  return runs.length > 0 ? runs : [new TextRun({ ...style, text: "" })];
}
