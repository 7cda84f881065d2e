/** A retryable refusal: the client should come back in a moment (HTTP 503, WebSocket 4503). */
export class TryAgainLater extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TryAgainLater';
  }
}
