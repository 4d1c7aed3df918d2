// GitHub Action entry: thin on purpose. The engine knows nothing of GitHub; inputs, reporting, the PR comment, the
// check run and the exit status live in src/github/.

import { runAction } from './github/run.js';

export async function run(): Promise<void> {
  await runAction(process.env);
}
