import { expect, it } from 'vitest';
import { initials } from '../../shared/staff';

it('makes initials from the first and last name, skipping titles', () => {
  expect(initials('Maria del Carmen Ruiz')).toBe('MR');
  expect(initials('Dr. Amelia Hart')).toBe('AH');
  expect(initials('Prof Sam Lee')).toBe('SL');
  expect(initials('Dr. Hart')).toBe('HA');
  expect(initials('Dr.')).toBe('DR');
  expect(initials('  ')).toBe('?');
});
