/**
 * A key for one action the user made (R5). The server answers a repeated key with its first
 * answer, so sending the same action again (a retry after a lost answer) never applies it twice.
 */
export function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts; a portal served over plain HTTP still needs a key.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
