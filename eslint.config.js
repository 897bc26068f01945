import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "data/", ".astro/", ".tmp/", "node_modules/", "tests/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    // Tests index into results they have just asserted the length of.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    // Pure pipeline code: no IO, no clock, no environment. Time and data are passed in.
    files: ["src/lib/**/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "better-sqlite3", "astro:*", "../infra/*", "../../store/*"] },
      ],
      "no-restricted-globals": ["error", "process", "fetch"],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Pass `now` in." },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Pass `now` in.",
        },
      ],
    },
  },
);
