import { useMemo } from 'react';
import type { Staff } from '../../shared/contract';
import { useApp } from '../state/app';

export function useStaffById(): Map<string, Staff> {
  const staff = useApp((s) => s.staff);
  return useMemo(() => new Map(staff.map((s) => [s.id, s])), [staff]);
}
