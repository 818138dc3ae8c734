// The verifiable lottery draw (docs/lottery.md is the specification; this is its reference code).
// Pure and isomorphic: the function draws with it, and the mini-program and `npm run verify-draw`
// recompute the same result from the published seed and frozen list.
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { LotteryEntriesPage, LotteryView } from '../contract/types';

/** One application as frozen at the close: its id, how many places it needs, its weight (≥ 1). */
export interface LotteryEntry {
  id: string;
  size: number;
  weight: number;
}

/** The highest weight: applicants who lost recent draws get up to this many tickets. */
export const MAX_WEIGHT = 4;

/** Lines per link of the frozen list's hash chain (the draw reads the list in pages of this size). */
export const LIST_CHAIN_BATCH = 100;

/**
 * The UTF-8 bytes of a string, as TextEncoder gives them (a lone surrogate becomes U+FFFD). Written
 * out because WeChat's JS engine lacks TextEncoder on some devices.
 */
export function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    const c = cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(bytes);
}

const hex = (s: string) => bytesToHex(sha256(utf8(s)));

/** The published commitment to the secret seed: lowercase hex SHA-256 of its UTF-8 bytes. */
export function commitmentOf(seed: string): string {
  return hex(seed);
}

/** Weight from the number of draws the applicant lost recently: 1 + losses, at most MAX_WEIGHT. */
export function weightFor(recentLosses: number): number {
  return 1 + Math.max(0, Math.min(Math.floor(recentLosses), MAX_WEIGHT - 1));
}

/** One ticket: HMAC-SHA256 keyed with the seed over `id:j`, as 64 lowercase hex characters. */
export function ticket(seed: string, id: string, j: number): string {
  return bytesToHex(hmac(sha256, utf8(seed), utf8(`${id}:${j}`)));
}

/** An entry's rank: the smallest of its `weight` tickets (smaller ranks draw first). */
export function rankOf(seed: string, entry: Pick<LotteryEntry, 'id' | 'weight'>): string {
  let best = ticket(seed, entry.id, 1);
  for (let j = 2; j <= entry.weight; j++) {
    const t = ticket(seed, entry.id, j);
    if (t < best) best = t;
  }
  return best;
}

/** The line of an entry in the frozen list. */
export function listLine(e: LotteryEntry): string {
  return `${e.id}\t${e.size}\t${e.weight}\n`;
}

/**
 * The frozen list's hash: entries in ascending id order (by UTF-16 code units, as JavaScript compares
 * strings), LIST_CHAIN_BATCH lines per link; h = '' then h = sha256hex(h + lines) per link.
 * A chain, so that it can be computed page by page and resumed.
 */
export function listHash(entries: LotteryEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let h = '';
  for (let i = 0; i < sorted.length; i += LIST_CHAIN_BATCH) {
    h = chainLink(h, sorted.slice(i, i + LIST_CHAIN_BATCH));
  }
  return h || hex('');
}

/** One link of the chain: the previous link and the next page of lines. */
export function chainLink(previous: string, page: LotteryEntry[]): string {
  return hex(previous + page.map(listLine).join(''));
}

export interface RankedEntry extends LotteryEntry {
  rank: string;
}

/** Entries in draw order: by rank, then by id. */
export function rankEntries(seed: string, entries: LotteryEntry[]): RankedEntry[] {
  return entries
    .map((e) => ({ ...e, rank: rankOf(seed, e) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * Places go to entries in draw order; an entry that needs more places than are left is passed over
 * (a later, smaller one may fit); a group wins or loses as one. Returns the winners in draw order.
 */
export function allocate(ranked: LotteryEntry[], places: number): string[] {
  const winners: string[] = [];
  let left = places;
  for (const e of ranked) {
    if (left === 0) break;
    if (e.size <= left) {
      winners.push(e.id);
      left -= e.size;
    }
  }
  return winners;
}

export function draw(seed: string, entries: LotteryEntry[], places: number): string[] {
  return allocate(rankEntries(seed, entries), places);
}

export type PublishedEntry = LotteryEntriesPage['entries'][number];

export interface DrawCheck {
  /** sha256(seed) equals the commitment published before the first application. */
  commitment: boolean;
  /** The frozen list hashes to the published list hash. */
  list: boolean;
  /** The draw re-run from the seed gives exactly the entries marked won. */
  winners: boolean;
  /** How many entries the re-run draw picks. */
  drawnWinners: number;
}

/** The three checks of docs/lottery.md §6 over a drawn lottery (seed revealed) and its published list. */
export function checkDraw(
  lottery: Pick<LotteryView, 'places' | 'commitment' | 'listHash'> & { seed: string },
  entries: PublishedEntry[],
): DrawCheck {
  const drawn = draw(lottery.seed, entries, lottery.places);
  const published = new Set(entries.filter((e) => e.won).map((e) => e.id));
  return {
    commitment: commitmentOf(lottery.seed) === lottery.commitment,
    list: listHash(entries) === lottery.listHash,
    winners: drawn.length === published.size && drawn.every((id) => published.has(id)),
    drawnWinners: drawn.length,
  };
}
