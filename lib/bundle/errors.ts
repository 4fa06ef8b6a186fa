// One error type for everything that can be wrong with a bundle, with a message a person can act on in both languages.

export type BundleErrorCode =
  | 'not-zip'
  | 'truncated'
  | 'corrupt'
  | 'unsupported'
  | 'missing-articles'
  | 'unsafe-path'
  | 'bad-record'
  | 'too-large'
  | 'not-stored';

export class BundleError extends Error {
  override readonly name = 'BundleError';
  readonly code: BundleErrorCode;
  /** The same message in Chinese, for the extension's zh_CN interface. */
  readonly messageZh: string;

  constructor(code: BundleErrorCode, message: { en: string; zh: string }) {
    super(message.en);
    this.code = code;
    this.messageZh = message.zh;
  }
}
