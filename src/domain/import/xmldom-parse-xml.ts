/*
 * A `parseXml` for places without DOMParser: Node (the unit tests) and Web Workers. The
 * browser's main thread can inject `(t) => new DOMParser().parseFromString(t, 'text/xml')`
 * instead. Fatal errors throw, as they do by default in xmldom; recoverable ones (such as
 * an undeclared entity, which xmldom leaves unexpanded) are not printed to the console.
 */
import { DOMParser } from '@xmldom/xmldom';

export function xmldomParseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError') throw new Error(message);
    },
  });
  return parser.parseFromString(text, 'text/xml') as unknown as Document;
}
