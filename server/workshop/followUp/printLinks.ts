// The follow-up links of one chain's actions, with their QR codes, for the printed chain page.
import { linkQr } from "./qr";
import { defaultSettings, followUpRows, type OverviewContext } from "./overview";

export interface PrintedLink {
  actionId: string;
  number: number;
  who: string;
  url: string;
  qrDataUrl: string;
}

export async function printedLinks(context: OverviewContext, workshopId: string, chainId: string): Promise<PrintedLink[]> {
  const rows = (await followUpRows(context, [workshopId], defaultSettings())).filter((r) => r.chainId === chainId);
  const links: PrintedLink[] = [];
  for (const row of rows) {
    if (!row.link?.url) continue;
    const who = [row.responsible, row.responsibleOrganisation].filter((s) => s.trim()).join(", ");
    links.push({ actionId: row.actionId, number: row.number, who, url: row.link.url, qrDataUrl: await linkQr(row.link.url) });
  }
  return links;
}
