// One large deployment manifest for size tests and the benchmark's size rows: `modules` user
// modules with CamelCase names (so that module-name's rename touches the module, its twin and
// its route, far apart), each with Binds, an env name with ':' and filler labels, plus one module
// whose createOptions holds `binds` Binds entries (one fix converting the whole list, shared by
// every one of its findings). The text is padded to about `bytes` characters. Deterministic.

/** The manifest text (generated form: stringified createOptions, LF, two-space indentation). */
export function bigManifest(bytes, { modules = 500, binds = 3000 } = {}) {
  const bindList = Array.from({ length: binds }, (_, i) => `/home/hcsshares/share${i}:/data/in${i}`);
  const big = JSON.stringify({ HostConfig: { Binds: bindList } });
  // every other module's share of the size left
  const perModule = Math.max(0, Math.floor((bytes - big.length * 1.2 - modules * 700) / modules));
  const labelCount = Math.max(0, Math.floor(perModule / 70));
  const mods = {};
  const twins = {};
  const routes = {};
  mods.BigBinds = { version: "1.0", type: "docker", status: "running", restartPolicy: "always", settings: { image: "contoso.azurecr.io/big:1.0", createOptions: big } };
  for (let i = 0; i < modules; i++) {
    const name = `Module${i}`;
    const labels = {};
    for (let k = 0; k < labelCount; k++) labels[`com.contoso.filler${k}`] = `value-${i}-${k}-abcdefghijklmnopqrstuvwxyz`;
    const co = {
      Env: [`Logging:Level=Debug`, `INDEX=${i}`],
      HostConfig: { Binds: [`/home/hcsshares/m${i}:/data`, `/srv/m${i}:/srv`], PortBindings: { "5000/tcp": [{ HostPort: String(10000 + i) }] } },
      Labels: labels,
    };
    mods[name] = {
      version: "1.0",
      type: "docker",
      status: "running",
      restartPolicy: "always",
      env: { "Scoring:Threshold": { value: "0.5" } },
      settings: { image: `contoso.azurecr.io/module${i}:1.0`, createOptions: JSON.stringify(co) },
    };
    twins[name] = { "properties.desired": { index: i } };
    routes[`r${i}`] = `FROM /messages/modules/${name}/outputs/* INTO BrokeredEndpoint("/modules/Module${(i + 1) % modules}/inputs/in")`;
  }
  const doc = {
    modulesContent: {
      $edgeAgent: {
        "properties.desired": {
          schemaVersion: "1.1",
          runtime: { type: "docker", settings: { minDockerVersion: "v1.25" } },
          systemModules: {
            edgeAgent: { type: "docker", settings: { image: "mcr.microsoft.com/azureiotedge-agent:1.1", createOptions: "{}" } },
            edgeHub: { type: "docker", status: "running", restartPolicy: "always", settings: { image: "mcr.microsoft.com/azureiotedge-hub:1.1", createOptions: "{}" } },
          },
          modules: mods,
        },
      },
      $edgeHub: { "properties.desired": { schemaVersion: "1.1", routes, storeAndForwardConfiguration: { timeToLiveSecs: 7200 } } },
      ...twins,
    },
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
