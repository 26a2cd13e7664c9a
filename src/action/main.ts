// The GitHub Action's entry point (bundled to dist/index.js); all the work is in run.ts.
import { run } from "./run.js";

await run();
