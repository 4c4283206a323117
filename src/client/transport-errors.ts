/** What a call rejects with when no answer came, or none in time (re-exported by errors.ts, where the kinds of error are told). */

/** No answer reached the page: server down, offline, refused by CORS. Nothing was read. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';

  constructor(message = 'The server could not be reached.', options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * The server did not answer in time. Unlike a NetworkError, a write may have been applied:
 * reload before trying again, or retry a decision with the same idempotency key.
 */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';

  constructor(message = 'The server did not answer in time.', options?: ErrorOptions) {
    super(message, options);
  }
}
