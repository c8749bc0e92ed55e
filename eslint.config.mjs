import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// lib/domain stays pure (calculations, formats, vocabularies, usable from server, client and
// tests): it may not import the database, the session, server actions, the PDF renderer, the
// generated Prisma client, Next.js, React or @prisma/* — not even `import type`.
const DOMAIN_BOUNDARY_MESSAGE =
  "lib/domain stays pure: no lib/db, lib/auth, lib/actions, lib/reports, lib/generated, next, react or @prisma/* here (type imports included). Pass plain values in, or move this code out of lib/domain.";
const OUTSIDE_DOMAIN = ["db", "auth", "actions", "reports", "generated"];
const DOMAIN_FORBIDDEN_SOURCES = [
  ...OUTSIDE_DOMAIN.flatMap((dir) => [`@/lib/${dir}`, `@/lib/${dir}/**`]),
  ...["next", "react", "react-dom"].flatMap((pkg) => [pkg, `${pkg}/**`]),
  "@prisma/**",
];

/**
 * no-restricted-imports for the files `depth` folders below lib/domain. A relative path only
 * reaches lib/db & co. with the right number of "../" for the importing file's depth (from
 * lib/domain/auth/x.ts, "../auth/roles" is the domain's own folder), hence one block per depth.
 */
function domainBoundary(depth) {
  const up = (n) => `(?:\\.\\./){${n}}`;
  return {
    files: [`lib/domain/${"*/".repeat(depth)}*`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: DOMAIN_FORBIDDEN_SOURCES, message: DOMAIN_BOUNDARY_MESSAGE },
            { regex: `^(?:${up(depth + 1)}|${up(depth + 2)}lib/)(?:${OUTSIDE_DOMAIN.join("|")})(?:/|$)`, message: DOMAIN_BOUNDARY_MESSAGE },
          ],
        },
      ],
    },
  };
}

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Typed linting for the promise rules: a promise nobody awaits loses its rejection, and an
    // async function where a void callback is expected runs unobserved.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      // tsconfig.json includes every **/*.ts(x), config files and bench/, scripts/, e2e/ too, so the
      // project service finds every linted file without allowDefaultProject.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      // checksVoidReturn stays on for JSX attributes too (no `attributes: false`): React 19's types
      // already declare `action` / `formAction` as `(formData) => void | Promise<void>`, so server
      // actions on forms pass as they are, while an async onClick/onSubmit is still reported —
      // React ignores the promise it returns, so its rejection would go unobserved. Wrap those as
      // `() => void handler()` with the handler catching its own errors.
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    // Specs take `test` from e2e/fixtures.ts, whose automatic axe scan covers every page they visit.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@playwright/test", message: "Import test and expect from ./fixtures: it scans every visited page with axe." }] },
      ],
    },
  },
  // lib/domain is one folder deep today; depths 0-4 leave room to grow.
  ...[0, 1, 2, 3, 4].map(domainBoundary),
  globalIgnores([
    ".next/**",
    ".build/**",
    ".next-*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
