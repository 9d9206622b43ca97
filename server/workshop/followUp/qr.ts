// A follow-up link as a QR code (an SVG data URL drawn on the server), for the printed chain:
// the owner points a phone at the paper and lands on their follow-up page.
import QRCode from "qrcode";

export async function linkQr(url: string): Promise<string> {
  // "M" survives a crumpled print-out; margin 2 keeps the quiet zone scanners need.
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
