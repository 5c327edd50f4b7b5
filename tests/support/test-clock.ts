// The suite's simulated "now". Every test runs as if the clock read RAPPORT_TEST_NOW (an ISO
// instant), by default a fixed Wednesday morning in New York, so no test depends on the day it
// runs; `npm run test:days` runs the date-sensitive suites at each day of a week, 29 February
// and the daylight-saving change days to prove that none depends on one either.
export const DEFAULT_TEST_NOW = '2026-12-09T15:00:00.000Z';

export function testNow(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const value = env.RAPPORT_TEST_NOW?.trim() || DEFAULT_TEST_NOW;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`RAPPORT_TEST_NOW is not an ISO time: ${value}`);
  return new Date(ms).toISOString();
}
