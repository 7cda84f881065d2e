/** What a person is told when the server refuses their invite, with the server's own reason. */
export function describeJoinError(status: number, error: string): string {
  switch (status) {
    case 401:
      return `This invite link is not valid (${error}). Check that you opened the whole link you were sent.`;
    case 403:
      return `This invite can no longer be used (${error}). Ask the mediator for a new one.`;
    case 404:
      return `This session does not exist (${error}). Check the link you were sent.`;
    case 429:
      return 'Too many attempts from this address. Wait a minute and try again.';
    default:
      return error;
  }
}
