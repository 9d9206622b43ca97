import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";

// The floor plan (docs/architecture.md), lowest layer first. A layer may import the ones below
// it, never one above: each zone names a layer (target) and everything above it (from). The
// check resolves every import, relative or `@/…`, type-only ones too.
const above = {
  "lib/domain": ["lib/board", "lib/contract", "server", "components", "app"],
  "lib/board": ["lib/contract", "server", "components", "app"],
  "lib/contract": ["server", "components", "app"],
  "server/platform": ["server/boards", "server/realtime", "server/room", "server/voting", "server/workshop", "server/report", "server/main.ts", "server/samla.ts"],
  "server/boards": ["server/realtime", "server/room", "server/voting", "server/workshop", "server/report", "server/main.ts", "server/samla.ts"],
  "server/realtime": ["server/room", "server/voting", "server/workshop", "server/report", "server/main.ts", "server/samla.ts"],
  // The three features stand side by side: none imports another.
  "server/room": ["server/voting", "server/workshop", "server/report", "server/main.ts", "server/samla.ts"],
  "server/voting": ["server/room", "server/workshop", "server/report", "server/main.ts", "server/samla.ts"],
  "server/workshop": ["server/room", "server/voting", "server/report", "server/main.ts", "server/samla.ts"],
  "server/report": ["server/main.ts", "server/samla.ts"],
  // The server never reaches into the UI; the UI gets server data from pages (app/) and the wire (lib/contract).
  server: ["components", "app"],
  components: ["server", "app"],
};
const layerZones = Object.entries(above).map(([target, from]) => ({
  target: `./${target}`,
  from: from.map((f) => `./${f}`),
  message: target === "components" ? "components/ run in the browser: server data comes through app/ pages and lib/contract, never from server/." : target.startsWith("lib") && from.includes("server") ? "lib/ runs in the browser and on the server: it never imports server/ (or a layer above its own)." : `${target} is a lower layer: it may not import a layer above it (docs/architecture.md).`,
}));

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "server/platform/db/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.ts", "server/**/*.ts", "i18n/**/*.ts"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })] },
    rules: { "import-x/no-restricted-paths": ["error", { zones: layerZones }] },
  },
  {
    // Tests poke at raw protocol payloads and third-party shapes; `any` is fine there.
    files: ["tests/**/*.ts", "**/*.test.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: globals.node },
  },
);
