import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleItemWorkflows } from './workflow-bundle';

/** Writes the prebuilt workflow bundle that the worker loads outside development. */
async function main(): Promise<void> {
  const { code } = await bundleItemWorkflows();
  const target = path.join(__dirname, 'item-workflows.bundle.js');
  await writeFile(target, code);
  console.log(`workflow bundle: ${target} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
