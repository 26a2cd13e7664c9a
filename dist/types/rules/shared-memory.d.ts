import { type Rule } from "../src/rule-api.js";
/** F12 §5.6: /dev/shm sizing and private IPC sharing do not carry over to Kubernetes; host IPC does. */
declare const rule: Rule;
export default rule;
