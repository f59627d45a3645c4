/** the store file is missing (when it must exist) or is not an Entente store; the message names the file */
export class StoreOpenError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'StoreOpenError';
  }
}

/** a write failed in a way that took back more than itself; the message says what was lost */
export class StoreWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreWriteError';
  }
}

/** a value handed to the store is unusable (an unknown event id, a malformed date filter…) */
export class StoreInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreInputError';
  }
}
