// Lint: typescript-eslint for the code, eslint-plugin-regexp for the engine's many regular
// expressions (it flags super-linear backtracking), and the engine/glue boundary.
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["dist/**", "out/**", ".cache/**", "node_modules/**", "test-results/**", "**/*.mjs", "**/*.cjs", "bin/**", "esbuild.js"] },
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "warn",
      "@typescript-eslint/no-non-null-assertion": "off",
      // Style hints stay warnings; correctness and performance rules are errors.
      "prefer-const": "warn",
      "regexp/prefer-character-class": "warn",
      "regexp/use-ignore-case": "warn",
      "regexp/prefer-range": "warn",
      "regexp/no-unused-capturing-group": "warn",
    },
  },
  {
    // The extension-host loader must require() mocha's CommonJS build (see its comment).
    files: ["test/suite/index.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine and the corpus modules (folder digests, merge, same quote elsewhere) are pure TypeScript.
    files: ["src/engine/**/*.ts", "src/corpus/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [{ name: "vscode", message: "The engine and src/corpus are pure TypeScript: no vscode." },
          { name: "fs", message: "The engine and src/corpus take text, never files." }, { name: "node:fs", message: "The engine and src/corpus take text, never files." }],
      }],
    },
  },
);
