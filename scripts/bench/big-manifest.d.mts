// Types for big-manifest.mjs (one large manifest for size tests and the benchmark's size rows).
export function bigManifest(bytes: number, options?: { modules?: number; binds?: number }): string;
