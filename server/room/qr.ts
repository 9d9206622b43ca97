// Join links and their QR codes, drawn on the server into an SVG data URL: no image service,
// no script on the page, crisp at projector size.
import QRCode from "qrcode";
import { formatJoinCode } from "../../lib/domain/joinCode";

export function joinUrl(publicUrl: string, joinCode: string): string {
  return new URL(`/join/${joinCode}`, publicUrl).toString();
}

export async function joinQr(publicUrl: string, joinCode: string): Promise<{ url: string; svgDataUrl: string; formattedCode: string }> {
  const url = joinUrl(publicUrl, joinCode);
  // Error correction "M" survives a projector's glare and a photo at an angle; margin 2 keeps
  // the quiet zone the scanners need without wasting space.
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return { url, svgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, formattedCode: formatJoinCode(joinCode) };
}
