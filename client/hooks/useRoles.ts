import { useEffect, useState } from 'react';
import type { RoleGrant } from '@shared/contract';
import { call } from '../services/cloud';

let cached: Promise<RoleGrant[]> | null = null;
const listeners = new Set<(roles: RoleGrant[]) => void>();

const load = () =>
  (cached ??= call('user.me', {}).then(
    (me) => me.roles,
    () => ((cached = null), []),
  ));

/** The caller's roles from user.me, fetched once per app session; [] until known or on failure. */
export function useRoles(enabled: boolean): RoleGrant[] {
  const [roles, setRoles] = useState<RoleGrant[]>([]);
  useEffect(() => {
    if (!enabled) return;
    listeners.add(setRoles);
    load().then(setRoles);
    return () => {
      listeners.delete(setRoles);
    };
  }, [enabled]);
  return roles;
}

/** The user changed (H5 demo sign-in): fetch the roles again and tell every mounted user of them. */
export function reloadRoles() {
  cached = null;
  load().then((roles) => listeners.forEach((l) => l(roles)));
}
