/**
 * Longer than any request takes (WeChat stops a call at 60 s): a marker or hold this old was left by a
 * failure, not by a request at work, so a repair may finish or undo it.
 */
export const STALE_MS = 2 * 60 * 1000;
