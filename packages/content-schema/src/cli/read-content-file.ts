import { readFile, stat } from 'node:fs/promises';

/** A content file's text, or why it could not be read (one sentence, for a problem line). */
export type ReadResult = { text: string } | { problem: string; line?: number };

const BOM = [0xef, 0xbb, 0xbf];
const NEWLINE = 0x0a;

/**
 * Reads one file found by `validate`, never throwing: a dangling or looping symlink, a FIFO,
 * a folder, an unreadable file or bytes that are not UTF-8 become a problem on that file, so
 * the rest of the run goes on. A FIFO is never opened (that would wait forever).
 */
export async function readContentFile(path: string): Promise<ReadResult> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    return { problem: statProblem(error) };
  }
  if (!info.isFile()) {
    return {
      problem: `is ${kindOf(info)}, not a regular file; only .md and .json files are read`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { problem: `cannot be read (${reason(error)})` };
  }
  return decodeUtf8(bytes);
}

/**
 * UTF-8 text without its byte-order mark; bytes that are not UTF-8 are a problem naming the
 * first line that holds them, instead of being replaced with U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: 'is UTF-16 (it starts with a UTF-16 byte-order mark); save the file as UTF-8',
      line: 1,
    };
  }
  const start = BOM.every((byte, i) => bytes[i] === byte) ? BOM.length : 0;
  const body = bytes.subarray(start);
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { text: strict.decode(body) };
  } catch {
    // A newline byte never occurs inside a multi-byte UTF-8 character, so lines can be
    // checked one by one to find the first bad one.
    let line = 1;
    let from = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i < body.length && body[i] !== NEWLINE) continue;
      try {
        strict.decode(body.subarray(from, i));
      } catch {
        return {
          problem: `is not valid UTF-8: line ${line} holds bytes that are not (perhaps Latin-1 or Windows-1252); save the file as UTF-8`,
          line,
        };
      }
      line++;
      from = i + 1;
    }
    return { problem: 'is not valid UTF-8; save the file as UTF-8' };
  }
}

function statProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'is a symlink that loops back on itself';
  if (code === 'ENOENT') return 'is a symlink to a file that does not exist';
  return `cannot be read (${reason(error)})`;
}

function kindOf(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (error instanceof Error ? error.message : String(error));
}
