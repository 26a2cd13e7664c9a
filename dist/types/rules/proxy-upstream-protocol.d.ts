import { type Rule } from "../src/rule-api.js";
/** F13 §5.9: behind a web proxy, edgeHub and edgeAgent reach IoT Hub over WebSockets (port 443). */
declare const rule: Rule;
export default rule;
