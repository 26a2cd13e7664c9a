import { type Rule } from "../src/rule-api.js";
/** V11 (reported): edgeHub 1.3 and later accept TLS 1.2 only, unless SslProtocols relaxes it. */
declare const rule: Rule;
export default rule;
