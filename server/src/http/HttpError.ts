/** An expected HTTP failure: sent as `{ error: message }` with its status, and logged as a warning. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
