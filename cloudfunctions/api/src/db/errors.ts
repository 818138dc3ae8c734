// WeChat's database answers a unique-index violation with errCode -502001 and MongoDB's E11000 text.
export function isDuplicateKey(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { errMsg?: string; message?: string };
  return /E11000|duplicate key/i.test(`${err.errMsg ?? ''} ${err.message ?? ''}`);
}
