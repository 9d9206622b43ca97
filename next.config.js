// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Two copies of yjs break sync silently, and native modules must not be bundled; pdfkit
  // reads its font metrics from its own folder at run time, so it stays outside the bundle too.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "yjs", "pg", "@prisma/adapter-pg", "pdfkit", "exceljs", "pino", "prom-client"],
  poweredByHeader: false,
  reactStrictMode: true,
  // The custom server in server/ owns /socket.io and /yjs; keep Next's dev indicator quiet.
  devIndicators: false,
  // `npm test` type-checks and lints the whole repository as its own step; the build does
  // not repeat it (saves half a minute on two cores).
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
