const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh idempotency key: 20 random characters [A-Za-z0-9], one per user intent. */
export function newRequestId(length = 20): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return id;
}
