import { useEffect, useState } from 'react';
import type { RoleGrant } from '@shared/contract';
import { call } from '../services/cloud';

let cached: Promise<RoleGrant[]> | null = null;

/** The caller's roles from user.me, fetched once per app session; [] until known or on failure. */
export function useRoles(enabled: boolean): RoleGrant[] {
  const [roles, setRoles] = useState<RoleGrant[]>([]);
  useEffect(() => {
    if (!enabled) return;
    cached ??= call('user.me', {}).then((me) => me.roles, () => ((cached = null), []));
    cached.then(setRoles);
  }, [enabled]);
  return roles;
}
