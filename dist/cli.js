#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/meta.ts
var REPOSITORY_URL = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint";
var DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;
var VERSION = "0.1.0";

// src/cli/main.ts
process.stdout.write(`iotedge-gpu-lint ${VERSION}
`);
