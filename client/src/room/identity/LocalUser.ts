/** Who the local user is to others in the room (their caret's label and colour). */
export interface LocalUser {
  readonly name: string;
  readonly color: string;
}
