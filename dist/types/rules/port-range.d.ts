import { type Rule } from "../src/rule-api.js";
/** §1.6: the agent's PortAndProtocol.Parse accepts only `<int>[/tcp|udp|sctp]`; ranges and other protocols vanish. */
declare const rule: Rule;
export default rule;
