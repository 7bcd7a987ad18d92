/**
 * Where to go after signing in (`/sign-in?next=…`): a path of this app, never another site (`//evil.example`,
 * `https://…`, `/\evil.example`) nor the sign-in page itself; undefined otherwise.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next.startsWith('/sign-in') ? undefined : next;
}
