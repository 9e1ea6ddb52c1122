import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { nameCode } from './xml-bytes';
import { CLOSE, END, MORE, OPEN, TEXT, XmlScanner } from './xml-scanner';

/** The attribute names the documents below use, each read back through its packed code. */
const ATTRIBUTES = ['r', 't', 's', 'si', 'ref', 'x:id'];

/**
 * A document's events as [open, local name, attributes] / [close, local name] / [text, text],
 * consecutive texts joined, text outside the root left out (as saxes reports them).
 */
type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

function push(events: Event[], event: Event) {
  const last = events[events.length - 1];
  if (event[0] === 'text' && last?.[0] === 'text') last[1] += event[1];
  else events.push(event);
}

/** The scanner's events, the document fed in chunks of the given sizes (cycled), or whole. */
function scan(xml: Buffer, sizes: number[] = [xml.length]): Event[] {
  const scanner = new XmlScanner();
  const events: Event[] = [];
  let at = 0;
  let next = 0;
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === MORE) {
      const size = Math.max(1, sizes[next++ % sizes.length]!);
      scanner.feed(xml.subarray(at, at + size), at + size >= xml.length);
      at += size;
      continue;
    }
    if (token === TEXT) push(events, ['text', scanner.text()]);
    else if (token === CLOSE) events.push(['close', scanner.localName()]);
    else if (token === OPEN) {
      const attributes: Record<string, string> = {};
      for (const name of ATTRIBUTES) {
        const i = scanner.attr(nameCode(name.replace(/^.*:/, '')));
        if (i >= 0) attributes[name.replace(/^.*:/, '')] = scanner.attrValue(i);
      }
      events.push(['open', scanner.localName(), attributes]);
    }
  }
  return events;
}

/** saxes's events for the same document. */
function saxes(xml: Buffer): Event[] {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const events: Event[] = [];
  let depth = 0;
  const local = (name: string) => name.replace(/^.*:/, '');
  parser.on('opentag', (tag) => {
    depth++;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[local(name)] = value as string;
    events.push(['open', local(tag.name), attributes]);
  });
  parser.on('closetag', (tag) => {
    depth--;
    events.push(['close', local(tag.name)]);
  });
  parser.on('text', (text) => depth > 0 && push(events, ['text', text]));
  parser.on('cdata', (text) => push(events, ['text', text]));
  parser.write(xml.toString('utf8')).close();
  return events;
}

const escape = (text: string, quote = '"') => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&apos;');

const textArb = fc.string({ unit: fc.constantFrom('a', '7', ' ', '&', '<', '>', '"', "'", '\r\n', '\n', '组', '織', '😀', '€', '\t', ']'), maxLength: 12 });
const attrArb = fc.tuple(fc.subarray(ATTRIBUTES, { maxLength: 4 }), fc.array(textArb, { minLength: 4, maxLength: 4 }), fc.boolean())
  .map(([names, values, single]) => names.map((name, i) => {
    const q = single ? "'" : '"';
    return ` ${name}${i % 2 ? ' = ' : '='}${q}${escape(values[i]!, q)}${q}`;
  }).join(''));

interface Node { name: string; attrs: string; children: (Node | string)[] }
const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name: fc.constantFrom('c', 'v', 'row', 'x:c', 'sheetData', 'is', 't', 'f', 'rPh', 'mergeCell', '行'),
    attrs: attrArb,
    children: fc.array(fc.oneof({ maxDepth: 4, depthIdentifier: 'xml' }, textArb.map((t) => `T${t}`),
      fc.constantFrom('<!-- a comment -->', '<?pi data?>', '<![CDATA[ <raw> & text ]]>', '&#48;&#x4e2d;'), tie('node')), { maxLength: 4, depthIdentifier: 'xml' }),
  }),
})).node;

function serialise(node: Node): string {
  if (node.children.length === 0) return `<${node.name}${node.attrs}/>`;
  const inner = node.children.map((c) => (typeof c === 'string' ? (c.startsWith('T') ? escape(c.slice(1)) : c) : serialise(c))).join('');
  return `<${node.name}${node.attrs}>${inner}</${node.name} >`;
}

const documentArb = nodeArb.map((root) => Buffer.from(`\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- before -->${serialise(root)}\n`));

describe('XmlScanner', () => {
  it('reads what saxes reads: names, attributes, text with references, CDATA, comments and instructions', () => {
    fc.assert(fc.property(documentArb, (xml) => {
      expect(scan(xml)).toEqual(saxes(xml));
    }), { numRuns: 500 });
  });

  it('reads the same fed in chunks of any size, cut anywhere (inside tags, references, characters, CR LF)', () => {
    fc.assert(fc.property(documentArb, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), (xml, sizes) => {
      expect(scan(xml, sizes)).toEqual(scan(xml));
    }), { numRuns: 500 });
  });

  it('reads a text longer than a chunk whole, however it is cut', () => {
    const long = `<v>${'组&amp;'.repeat(5000)}</v>`;
    expect(scan(Buffer.from(long), [7, 13, 1])).toEqual([['open', 'v', {}], ['text', '组&'.repeat(5000)], ['close', 'v']]);
  });

  it.each([
    ['a closing tag that does not match', '<a><b></a></b>'],
    ['an element left open', '<a><b></b>'],
    ['a closing tag without its element', '<a></a></b>'],
    ['a second root', '<a/><b/>'],
    ['text outside the root', 'x<a/>'],
    ['no root', '<?xml version="1.0"?>'],
    ['an attribute without quotes', '<a r=1/>'],
    ['a "<" in an attribute', '<a r="<"/>'],
    ['attributes without a blank between them', '<a r="1"s="2"/>'],
    ['an unknown reference', '<a>&nbsp;</a>'],
    ['a reference without its semicolon', '<a>&amp</a>'],
    ['a reference to a character XML forbids', '<a>&#0;</a>'],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['a comment never closed', '<a><!-- open'],
    ['a tag cut at the end', '<a><b r="1"'],
    ['a name starting with a digit', '<1a/>'],
  ])('refuses %s as an unreadable file', (_, xml) => {
    const read = () => {
      const scanner = new XmlScanner();
      scanner.feed(Buffer.from(xml), true);
      for (let token = scanner.next(); token !== END; token = scanner.next()) {
        if (token === TEXT) scanner.text();
      }
    };
    expect(read).toThrow(AppError);
    try {
      read();
    } catch (error) {
      expect((error as AppError).code).toBe('IMPORT_NOT_XLSX');
    }
  });
});
