/**
 * Input the pipeline refuses to process (empty, binary, undecodable, ...). The message names
 * the file so the CLI can print it as is.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string, options?: ErrorOptions) {
    super(`${file}: ${reason}`, options);
    this.file = file;
    this.reason = reason;
  }
}
