// The V8 options the CLI and the action set for themselves (heap growth, tier-up budget) stand aside when the user
// set the same one: on node's command line or in NODE_OPTIONS, written with `-` or `_` as V8 accepts both.

export function userSetFlag(flag: string, execArgv: readonly string[], nodeOptions: string): boolean {
  const name = flag.replace(/^--/, '').replace(/[-_]/g, '[-_]');
  const set = new RegExp(`(^|\\s)--${name}(=|\\s|$)`);
  return execArgv.some((a) => set.test(a)) || set.test(nodeOptions);
}
