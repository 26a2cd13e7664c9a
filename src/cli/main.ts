// placeholder entry point; replaced by the CLI implementation
import { VERSION } from "../meta.js";
process.stdout.write(`iotedge-gpu-lint ${VERSION}\n`);
