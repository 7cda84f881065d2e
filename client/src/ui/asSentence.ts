/** The server's reason as a sentence of its own, as the room shows refusals beside its controls. */
export function asSentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
