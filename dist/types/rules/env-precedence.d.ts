import { type Rule } from "../src/rule-api.js";
/**
 * §1.4: Docker's agent drops a createOptions.Env entry whose name is also in the module `env`
 * (module `env` wins); the Kubernetes agent appends createOptions.Env after `env`, and kubelet
 * keeps the last value (createOptions.Env wins). Dropping the createOptions.Env entry keeps
 * Docker's behaviour on both runtimes.
 */
declare const rule: Rule;
export default rule;
