// The console's sections import it from here; it lives with the other request hooks, since the room's
// revisions view uses it too.
export type { Fetched } from '../../api/useFetched.ts';
export { useFetched } from '../../api/useFetched.ts';
