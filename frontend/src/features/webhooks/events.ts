// Event types as the API lists them (webhookEventTypes), grouped by what they are about so the
// subscription form reads as a few short lists instead of one long one.

/** Groups "deal.approved", "deal.closed", "partner.created" … by the part before the first dot, in the API's order. */
export function groupEventTypes(types: string[]): { group: string; types: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const t of types) {
    const g = t.includes('.') ? t.slice(0, t.indexOf('.')) : t;
    groups.set(g, [...(groups.get(g) ?? []), t]);
  }
  return [...groups].map(([group, list]) => ({ group, types: list }));
}

/** A random secret for signing deliveries: 32 bytes as hex (64 characters, above the 24 required). */
export function randomSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What the receiver's answer was, in words: its status code (the server's error then only repeats
 * it), or why there was none.
 */
export function attemptOutcome(a: { statusCode: number; error: string }): string {
  if (a.statusCode === 0) return a.error ? `No answer: ${a.error}` : 'No answer';
  return `HTTP ${a.statusCode}`;
}

export function succeeded(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}
