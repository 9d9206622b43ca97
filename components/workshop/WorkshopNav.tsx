"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

interface Labels {
  nav: string;
  setup: string;
  run: string;
  vote: string;
  chains: string;
  followUp: string;
  export: string;
  present: string;
  opensNewTab: string;
}

/** Projector and print views own the whole screen or page: no navigation there. */
const bareSuffixes = ["/present", "/print"];

export function WorkshopNav({ workshopId, title, labels }: { workshopId: string; title: string; labels: Labels }) {
  const pathname = usePathname() ?? "";
  if (bareSuffixes.some((suffix) => pathname.split("?")[0].endsWith(suffix))) return null;
  const base = `/workshops/${workshopId}`;
  const items = [
    { href: base, label: labels.setup, exact: true },
    { href: `${base}/run`, label: labels.run },
    { href: `${base}/vote`, label: labels.vote },
    { href: `${base}/chains`, label: labels.chains },
    { href: `${base}/follow-up`, label: labels.followUp },
    { href: `${base}/export`, label: labels.export },
  ];
  return (
    <nav aria-label={labels.nav} className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-1 gap-y-2 px-4 py-2">
        <span className="mr-3 hidden max-w-xs truncate font-semibold text-muted 2xl:inline" title={title}>
          {title}
        </span>
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`rounded-lg px-3 py-1.5 font-semibold ${current ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"}`}
            >
              {item.label}
            </Link>
          );
        })}
        <a href={`/present/${workshopId}`} target="_blank" rel="noopener" className="ml-auto rounded-lg border-2 border-brand-700 px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50">
          {labels.present}
          <span className="sr-only"> ({labels.opensNewTab})</span>
        </a>
      </div>
    </nav>
  );
}
