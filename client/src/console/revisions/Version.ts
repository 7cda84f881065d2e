import { isRecord } from '../../api/isRecord.ts';

/** A saved revision of the text (`GET /api/sessions/:id/versions`): Rev.1, Rev.2 … */
export interface Version {
  readonly id: string;
  readonly label: string;
  readonly createdAt: number;
  readonly createdBy: string;
}

export function parseVersions(value: unknown): Version[] | null {
  if (!isRecord(value) || !Array.isArray(value.versions)) return null;
  const versions: Version[] = [];
  for (const version of value.versions) {
    if (!isRecord(version)) return null;
    const { id, label, createdAt, createdBy } = version;
    if (typeof id !== 'string' || typeof label !== 'string' || typeof createdAt !== 'number') return null;
    if (typeof createdBy !== 'string') return null;
    versions.push({ id, label, createdAt, createdBy });
  }
  return versions;
}

/** "25 Nov, 14:05": when a revision was saved, in the mediator's locale. */
export function formatSavedAt(at: number): string {
  return new Date(at).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
