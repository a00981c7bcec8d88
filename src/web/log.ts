// The application log's destination, behind the personal-data scrubber.
import { Writable } from 'node:stream';
import { scrubText } from '../domain/scrub.ts';

export function scrubbingStream(destination: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      destination.write(scrubText(chunk.toString()));
      callback();
    },
  });
}
