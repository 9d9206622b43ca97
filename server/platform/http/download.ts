// A file as an attachment. The filename goes in both forms: plain ASCII for old clients
// and RFC 5987 UTF-8 for the rest. Exports are never cached: they change while the
// workshop runs, and they may hold names.
/** What a download carries; the report's ExportFile is one. */
export interface DownloadFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

export function download(file: DownloadFile): Response {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return new Response(new Uint8Array(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.body.length),
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
