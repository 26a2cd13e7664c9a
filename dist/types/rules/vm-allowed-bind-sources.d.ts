import { type Rule } from "../src/rule-api.js";
/**
 * V8 (reported: IoT Edge 1.6.4 release notes): with elevated permissions off, IoT Edge removes host
 * binds whose source is not under `allowed_bind_sources`. Off unless `vm.allowedBindSources` is set.
 */
declare const rule: Rule;
export default rule;
