import { type Rule } from "../src/rule-api.js";
/** V10: the MQTT broker preview ($edgeHub schema 1.2, mqttBroker) ended; edgeHub 1.3+ ignores it. */
declare const rule: Rule;
export default rule;
