// The token must never reach a log, the summary or a comment. `core.setSecret` masks it on a real runner only;
// these helpers remove it from any text the action builds, whatever prints it.

let secrets: string[] = [];

export function registerSecret(secret: string): void {
  if (secret && secret.length >= 4 && !secrets.includes(secret)) secrets = [...secrets, secret];
}

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('***');
  // Anything shaped like a GitHub token, whoever's it is.
  return out.replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***');
}
