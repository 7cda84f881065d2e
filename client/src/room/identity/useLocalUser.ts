import { PARTY_COLORS, partyColor } from '@parley/shared';
import { useState } from 'react';
import type { LocalUser } from './LocalUser.ts';

const STORAGE_KEY = 'parley:user';
const MAX_NAME_LENGTH = 60;

/**
 * The name (and caret colour) this browser shows to others in a room. It is a courtesy until invites
 * carry identities: the server will overwrite it with the participant it verified.
 */
export function useLocalUser(): { user: LocalUser; rename: (name: string) => void } {
  const [user, setUser] = useState<LocalUser>(loadUser);
  const rename = (name: string) => {
    const next = { ...user, name: name.slice(0, MAX_NAME_LENGTH) };
    setUser(next);
    saveUser(next);
  };
  return { user, rename };
}

/** The name to show when the field is left empty. */
export function displayName(user: LocalUser): string {
  return user.name.trim() || 'Anonymous';
}

function loadUser(): LocalUser {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof stored === 'object' && stored !== null && 'name' in stored && 'color' in stored) {
      const { name, color } = stored;
      if (typeof name === 'string' && typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)) {
        return { name: name.slice(0, MAX_NAME_LENGTH), color };
      }
    }
  } catch {
    // Unreadable or unavailable storage: start afresh.
  }
  const user = {
    name: `Guest ${Math.floor(100 + Math.random() * 900)}`,
    color: partyColor(Math.floor(Math.random() * PARTY_COLORS.length)),
  };
  saveUser(user);
  return user;
}

function saveUser(user: LocalUser): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(user));
  } catch {
    // Storage unavailable: the name lasts for this page.
  }
}
