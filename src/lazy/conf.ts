// conf, the store's library. Loaded through src/lazy.ts only when something is written.
import Conf from 'conf';

type Options = ConstructorParameters<typeof Conf<Record<string, unknown>>>[0];

/** What conf's writer does, for the one method of conf this module replaces. */
interface ConfInternals {
  readonly path: string;
  _serialize(value: unknown): string;
}

/**
 * conf with its file writer replaced by `write`. conf 15.1 writes the file in `_write`: with the `atomically`
 * package, which writes once without checking how many bytes were written (a nearly full disk leaves a short
 * file, flushed and renamed over the good one), or, when the environment has `SNAP` (the VS Code snap's
 * terminal sets it) or the rename fails with EXDEV, in place with fs.writeFileSync (a kill leaves an empty
 * file). Every one of those paths goes through `_write`, so replacing it gives all of them simexit's complete,
 * flushed, atomic write. conf is pinned (~15.1.0) and test/reliability/full-disk.test.ts fails if a write ever
 * bypasses `write`.
 */
export function durableConf(write: (file: string, text: string) => void): typeof Conf<Record<string, unknown>> {
  class DurableConf extends Conf<Record<string, unknown>> {
    constructor(options: Options) {
      super(options);
    }
  }
  Object.defineProperty(DurableConf.prototype, '_write', {
    value(this: ConfInternals, value: unknown) {
      write(this.path, this._serialize(value));
    },
  });
  return DurableConf;
}
