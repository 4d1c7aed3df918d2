// What a test file that runs the bundled action needs first: the bundle built, the fake GitHub API started on
// 127.0.0.1 and a fixture repository made (its changed files served as the pull request's, when asked).

import { ensureBuilt } from './dist.js';
import { FakeGitHub } from './fake-github.js';
import { type Fixture, makeFixture } from './fixture.js';

export async function startActionHarness(
  make: () => Fixture = () => makeFixture(),
  { servePrFiles = false } = {},
): Promise<{ gh: FakeGitHub; fixture: Fixture }> {
  ensureBuilt();
  const gh = new FakeGitHub();
  await gh.start();
  const fixture = make();
  if (servePrFiles) gh.prFiles = fixture.prFiles;
  return { gh, fixture };
}
