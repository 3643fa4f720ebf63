// Validates docker/k8s/*.yaml against the Kubernetes API schemas shipped in the npm package kubernetes-models
// (no cluster needed; kubectl --dry-run=client still asks a cluster for its API groups). Run by .ci/run:
//   npm install --prefix DIR kubernetes-models@5.1.0 js-yaml@4, copy this file into DIR, node DIR/check.mjs docker/k8s/*.yaml
import fs from "node:fs";
import yaml from "js-yaml";
const models = {
  "apps/v1/Deployment": (await import("kubernetes-models/apps/v1/Deployment")).Deployment,
  "v1/Service": (await import("kubernetes-models/v1/Service")).Service,
  "v1/Secret": (await import("kubernetes-models/v1/Secret")).Secret,
};
let failed = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of yaml.loadAll(fs.readFileSync(file, "utf8"))) {
    const key = `${doc.apiVersion}/${doc.kind}`;
    const Model = models[key];
    if (!Model) { console.log(`${file}: no model for ${key}`); failed++; continue; }
    try { new Model(doc).validate(); console.log(`${file}: ${key} ${doc.metadata.name} valid`); }
    catch (e) { console.log(`${file}: ${key} INVALID: ${e.message}`); failed++; }
  }
}
process.exit(failed ? 1 : 0);
