// Another Node than the one running the tests (scripts/install-node.sh puts Node 22 and 24 in /tmp/lkm-node<N>;
// LKM_NODE22, LKM_NODE24 name others): its path, or undefined with the reason printed, for a test to skip.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function otherNode(major: 22 | 24): string | undefined {
  const node = process.env[`LKM_NODE${major}`] ?? `/tmp/lkm-node${major}/package/bin/node`;
  const version = existsSync(node) ? spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
  if (version.startsWith(`v${major}.`)) return node;
  console.warn(
    `skipping the runs under Node ${major}: ${version ? `${node} is ${version}` : `no Node ${major} at ${node}`} (bash scripts/install-node.sh ${major})`,
  );
  return undefined;
}
