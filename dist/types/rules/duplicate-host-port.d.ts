import { type Rule } from "../src/rule-api.js";
/**
 * §1.6: the agent keys Service ports by HostPort alone (a reused HostPort silently overwrites the
 * other binding) and names them `hostport-<containerPort>-<proto>` (a container port bound to
 * two HostPorts gives two ports of one name, which the API server rejects [INF]).
 */
declare const rule: Rule;
export default rule;
