// Text for formats that are XML inside (docx, xlsx): XML 1.0 cannot hold most control
// characters at all (a pasted vertical tab from Word, a NUL from a broken client), and one of
// them makes Word or Excel refuse the whole file. They are dropped; a lone UTF-16 surrogate
// becomes U+FFFD. Tab, line feed and carriage return are legal and left to each writer.
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(notXml, (ch) => (ch.length === 1 && ch >= "\uD800" && ch <= "\uDFFF" ? "\uFFFD" : ""));
}
