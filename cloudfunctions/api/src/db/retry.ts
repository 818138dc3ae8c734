// A database error does not say whether the write happened: a timeout after the database applied it
// looks like any other failure. Writes that are keyed (a deterministic _id, a key the update checks)
// can simply be sent again, and the second answer tells what is true. Only such writes go through here.
import { isDuplicateKey } from './errors';

/** Runs a keyed write, and once more if it fails with anything but a duplicate key. */
export async function retryOnce<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isDuplicateKey(e)) throw e;
    return write();
  }
}
