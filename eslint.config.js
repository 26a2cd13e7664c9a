import tseslint from "typescript-eslint";

// Layers: json → model → engine → (config, files, formatters) → cli | action. Rules see only the rule API.
const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "build-types/**", "coverage/**", "examples/**", ".bench/**", "src/generated/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-constant-condition": ["error", { checkLoops: false }],
      eqeqeq: ["error", "smart"],
      "prefer-const": "error",
    },
  },
  {
    // a rule imports the rule API, its own helpers (rules/_*.ts) and precompiled schema validators
    files: ["rules/**/*.ts"],
    rules: restrict([
      {
        regex: "^\\.\\./src/(?!rule-api\\.js$|generated/)",
        message: "rules import only src/rule-api.js (and precompiled validators in src/generated/)",
      },
    ]),
  },
  {
    // the action is a thin layer over the public library (src/index.ts) and its own files
    files: ["src/action/**/*.ts"],
    rules: restrict([
      {
        regex: "^\\.\\./(?!index\\.js$|generated/findings\\.js$)",
        message: "the action imports only the public library (../index.js), its own modules and its findings validator",
      },
      { regex: "^\\.\\./\\.\\./rules/", message: "the action never imports a rule" },
    ]),
  },
  {
    // the core knows no configuration, files, CLI, action or rule
    files: ["src/json/**/*.ts", "src/model/**/*.ts", "src/engine/**/*.ts"],
    rules: restrict([
      {
        regex: "^\\.\\./(config|files|cli|action|formatters|policy|render)(/|\\.js$)|rules/",
        message: "src/json, src/model and src/engine import no config, files, CLI, action, formatter or rule",
      },
    ]),
  },
);
