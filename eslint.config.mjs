import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

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
  globalIgnores([
    ".next/**",
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
