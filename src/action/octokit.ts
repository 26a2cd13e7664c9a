/**
 * The GitHub client: Octokit from @actions/github with retry (5xx) and throttling (primary and
 * secondary rate limits, honouring retry-after). `IOTEDGE_GPU_LINT_RETRY_MS` sets how many
 * milliseconds one second of waiting lasts (default 1000; the tests use a few ms): it scales
 * retry-after and the pauses GitHub asks for between content-creating requests (1 s apart),
 * so that tests never wait on real time.
 */
import * as core from "@actions/core";
import Bottleneck from "bottleneck/light.js";
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type Octokit = ReturnType<typeof getOctokit>;

export function retryScale(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.IOTEDGE_GPU_LINT_RETRY_MS);
  return Number.isFinite(v) && v >= 0 && env.IOTEDGE_GPU_LINT_RETRY_MS !== "" && env.IOTEDGE_GPU_LINT_RETRY_MS !== undefined ? v : 1000;
}

export function makeOctokit(token: string): Octokit {
  const scale = retryScale();
  // the throttling plugin's own groups, with their one-second (search: two, notifications: three)
  // spacing scaled like retry-after
  const group = (id: string, minTime: number) => new Bottleneck.Group({ id, maxConcurrent: 1, minTime: Math.round(minTime * scale) });
  const options = {
    retry: { retryAfterBaseValue: scale },
    throttle: {
      write: group("octokit-write", 1),
      search: group("octokit-search", 2),
      notifications: group("octokit-notifications", 3),
      retryAfterBaseValue: scale,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: (retryAfter: number, o: { method: string; url: string }, _k: unknown, retryCount: number) => {
        core.info(`rate limit on ${o.method} ${o.url}; retry-after ${retryAfter}s (attempt ${retryCount + 1})`);
        return retryCount < 2 && retryAfter <= 600;
      },
      onSecondaryRateLimit: (retryAfter: number, o: { method: string; url: string }, _k: unknown, retryCount: number) => {
        core.info(`secondary rate limit on ${o.method} ${o.url}; waiting ${retryAfter}s (attempt ${retryCount + 1})`);
        return retryCount < 3;
      },
    },
  };
  return getOctokit(token, options as Parameters<typeof getOctokit>[1], retry, throttling);
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === "number" ? s : undefined;
}

/** The login GitHub shows as the author of what the default workflow token writes. */
export const ACTIONS_BOT = "github-actions[bot]";

/**
 * The login the token writes as, looked up once per run: GraphQL `viewer` answers for user
 * tokens (PAT) and for installation tokens (GITHUB_TOKEN: `github-actions[bot]`, a GitHub App:
 * `<slug>[bot]`); REST `GET /user` is the fallback for user tokens (installation tokens get a 403
 * there, and `GET /app` needs the app's JWT). When neither answers: `github-actions[bot]`.
 */
export async function tokenIdentity(octokit: Octokit): Promise<{ login: string; source: "viewer" | "user" | "default" }> {
  try {
    const r = await octokit.graphql<{ viewer?: { login?: unknown } }>("query { viewer { login } }");
    const login = r.viewer?.login;
    if (typeof login === "string" && login !== "") return { login, source: "viewer" };
  } catch {
    // fall through to REST
  }
  try {
    const r = await octokit.rest.users.getAuthenticated();
    if (typeof r.data.login === "string" && r.data.login !== "") return { login: r.data.login, source: "user" };
  } catch {
    // an installation token: GET /user is not accessible
  }
  return { login: ACTIONS_BOT, source: "default" };
}
