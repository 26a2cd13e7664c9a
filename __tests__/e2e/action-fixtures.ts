/** Deployment manifests for the action's end-to-end tests, pretty-printed like real templates. */
export function manifest(modules: Record<string, Record<string, unknown>>): string {
  const mods: Record<string, unknown> = {};
  for (const [name, createOptions] of Object.entries(modules)) {
    mods[name] = {
      version: "1.0",
      type: "docker",
      status: "running",
      restartPolicy: "always",
      settings: { image: `contoso.azurecr.io/${name}:1.0`, createOptions },
    };
  }
  const doc = {
    $schema: "https://json.schemastore.org/azure-iot-edge-deployment-template-4.0",
    modulesContent: {
      $edgeAgent: {
        "properties.desired": {
          schemaVersion: "1.1",
          runtime: { type: "docker", settings: {} },
          systemModules: {
            edgeAgent: { type: "docker", settings: { image: "mcr.microsoft.com/azureiotedge-agent:1.1" } },
            edgeHub: { type: "docker", status: "running", restartPolicy: "always", settings: { image: "mcr.microsoft.com/azureiotedge-hub:1.1" } },
          },
          modules: mods,
        },
      },
      $edgeHub: { "properties.desired": { schemaVersion: "1.1", routes: {}, storeAndForwardConfiguration: { timeToLiveSecs: 7200 } } },
    },
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

/** 1-based line of the first line containing `needle` (after `after`, if given). */
export function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split("\n");
  for (let i = after; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`'${needle}' not found`);
}

export function indentOf(text: string, line: number): string {
  return /^\s*/.exec(text.split("\n")[line - 1]!)![0];
}
