import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { descriptorOutput } from '../../src/io/output.js';

/** A descriptor that takes at most `chunk` bytes per write and fails as `fail` says. */
function fakeDescriptor(chunk = Infinity, fail?: (call: number) => string | undefined) {
  const written: Buffer[] = [];
  let calls = 0;
  const write = (_fd: number, buffer: Buffer, offset: number) => {
    const code = fail?.(calls++);
    if (code) throw Object.assign(new Error(code), { code });
    const part = buffer.subarray(offset, offset + Math.min(chunk, buffer.length - offset));
    written.push(Buffer.from(part));
    return part.length;
  };
  return { write, text: () => Buffer.concat(written).toString() };
}

function fakeStream() {
  const chunks: string[] = [];
  let created = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { get: () => (created++, stream), text: () => chunks.join(''), created: () => created };
}

describe('output to a file or a pipe', () => {
  it('writes every byte, in order, when the descriptor takes a few at a time (multi-byte text included)', () => {
    const fd = fakeDescriptor(3);
    const out = descriptorOutput(1, fakeStream().get, fd.write);
    out.write('剩余步骤：3\n');
    out.write('done\n');
    assert.equal(fd.text(), '剩余步骤：3\ndone\n');
    assert.equal(out.isTTY, false);
  });

  it('drops the rest once the reader has gone away (EPIPE), without an error', () => {
    const fd = fakeDescriptor(Infinity, (call) => (call >= 1 ? 'EPIPE' : undefined));
    const stream = fakeStream();
    const out = descriptorOutput(1, stream.get, fd.write);
    out.write('first\n');
    out.write('second\n');
    out.write('third\n');
    assert.equal(fd.text(), 'first\n');
    assert.equal(stream.created(), 0);
  });

  it('hands a non-blocking descriptor (EAGAIN) to the Node stream from the byte where it stopped, keeping the order', async () => {
    const fd = fakeDescriptor(4, (call) => (call === 2 ? 'EAGAIN' : undefined));
    const stream = fakeStream();
    const out = descriptorOutput(1, stream.get, fd.write);
    out.write('abcdefghijkl');
    out.write('mno');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(fd.text(), 'abcdefgh');
    assert.equal(stream.text(), 'ijklmno');
    assert.equal(stream.created(), 1);
  });

  it('lets any other failure through as an OutputError with its code (it is not the reader going away), once', () => {
    const fd = fakeDescriptor(Infinity, () => 'EIO');
    const out = descriptorOutput(1, fakeStream().get, fd.write);
    assert.throws(() => out.write('x'), { name: 'OutputError', code: 'EIO' });
    assert.doesNotThrow(() => out.write('y'), 'the rest is dropped: the failure was reported');
  });

  it('a write that makes no progress is a full disk', () => {
    const out = descriptorOutput(1, fakeStream().get, () => 0);
    assert.throws(() => out.write('x'), { name: 'OutputError', code: 'ENOSPC' });
  });
});
