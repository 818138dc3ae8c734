// Error codes are the ones the CloudBase service answers with; wx-server-sdk maps them to errCode
// (DATABASE_REQUEST_FAILED → -502001, INVALID_PARAM → -501007, unknown codes → -501001).
// DATABASE_TRANSACTION_CONFLICT is unknown to that map: inside a transaction callback it surfaces as
// errCode -501001, and runTransaction retries only when the commit itself answers it.
export type StoreErrorCode = 'DATABASE_REQUEST_FAILED' | 'DATABASE_TRANSACTION_CONFLICT' | 'INVALID_PARAM';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export const requestFailed = (message: string) => new StoreError('DATABASE_REQUEST_FAILED', message);
/** Starts like the message WeChat gives for a conflicting transaction, then says which document. */
export const transactionConflict = (detail: string) =>
  new StoreError(
    'DATABASE_TRANSACTION_CONFLICT',
    `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe too many concurrent transactions: ${detail}`,
  );
export const invalidParam = (message: string) => new StoreError('INVALID_PARAM', message);

/** Worded like WeChat's (MongoDB's) message, so callers can recognise it by `E11000` and the index name. */
export const duplicateKey = (collection: string, index: string, key: string) =>
  requestFailed(`E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${key}`);
