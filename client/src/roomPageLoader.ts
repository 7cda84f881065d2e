import type { RoomPage } from './room/RoomPage.tsx';

/**
 * The room's code (TipTap, ProseMirror, the sync provider: its own chunk), loaded once. Not through
 * `React.lazy` and `Suspense`: React holds back the content that replaces a shown fallback for up to
 * 300 ms (its fallback throttle), which was a quarter of a second of a room's first render spent waiting.
 */
let loading: Promise<typeof RoomPage> | null = null;
let loaded: typeof RoomPage | null = null;

/** Starts loading the room's code (at start-up, when the address is a room's) or joins the load under way. */
export function loadRoomPage(): Promise<typeof RoomPage> {
  loading ??= import('./room/RoomPage.tsx').then(
    (module) => {
      loaded = module.RoomPage;
      return module.RoomPage;
    },
    (error: unknown) => {
      // A failed load (the network) is tried again the next time a room is opened.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The room page, if its code is already here. */
export function loadedRoomPage(): typeof RoomPage | null {
  return loaded;
}
