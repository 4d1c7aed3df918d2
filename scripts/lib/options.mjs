// `--name value` options of the measuring scripts, taken out of their argument list so that what remains are trees.

/** The value after `name` in `args` (both removed from it), or `fallback` when `name` is absent. */
export function takeOption(args, name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

/** Whether the flag `name` is in `args` (removed from it). */
export function takeFlag(args, name) {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}
