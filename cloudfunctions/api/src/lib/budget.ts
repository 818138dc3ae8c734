/**
 * A time budget for work that must end within the function's 60 s limit. Measured with
 * `performance.now`, not the clock: business time can be frozen (tests, the local cloud's dev clock),
 * elapsed time cannot.
 */
export function timeBudget(ms: number): { spent(): boolean } {
  const end = performance.now() + ms;
  return { spent: () => performance.now() > end };
}
