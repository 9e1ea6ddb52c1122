// Apart from navigation.ts: the sign-in page needs this alone, not the feature list behind the menu.

/** A post-login target that stays on this site; anything else goes home. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}
