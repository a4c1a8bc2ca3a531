/**
 * Entry of the parse child process: reads one request at a time over IPC, runs the reader (and
 * the structure parser), and answers with the result or an error's code and message. Started by
 * parse-in-child.ts with a heap limit and code generation from strings disallowed.
 */
import { toErrorInfo } from '../../../shared/errors.ts';
import type { ExtractedText, ParsedDocument } from '../../../shared/model/document.ts';
import { isChildRequest, type ChildRequest, type ChildResponse } from './child-protocol.ts';
import { readDocument } from './read.ts';

async function handle(req: ChildRequest): Promise<ParsedDocument | ExtractedText> {
  const extracted = await readDocument(
    req.file,
    req.maxBytes === undefined ? {} : { maxBytes: req.maxBytes },
  );
  if (req.mode === 'extract') return extracted;
  // Loaded on first use so that extraction works on its own.
  const { parseDocument } = await import('../../../shared/structure/index.ts');
  return parseDocument(extracted);
}

function send(message: ChildResponse): void {
  process.send?.(message);
}

process.on('message', (message: unknown) => {
  if (!isChildRequest(message)) return;
  handle(message).then(
    (value) => send({ id: message.id, ok: true, value }),
    (err: unknown) => send({ id: message.id, ok: false, error: toErrorInfo(err) }),
  );
});

// The parent went away: nothing left to answer.
process.on('disconnect', () => process.exit(0));
