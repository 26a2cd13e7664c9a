import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine,
    // while the end-to-end suites spend most of their time waiting on child processes.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share a worker's module cache (no test mutates module state, environment or
    // globals); re-importing the library and its bundled validators per file cost ~30 s of the run.
    isolate: false,
  },
});
