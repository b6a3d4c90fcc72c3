import {
  MalformedPayload,
  PayloadTooLarge,
  UnsupportedMediaType,
} from '../errors/channel-errors';
import { assertBodySize } from './body-limits';
import { assertMediaType, mediaTypeOf } from './content-type';
import { FormParams } from './form-params';
import { JsonReader } from './json-reader';
import { parseJsonObject } from './parse-json';
import type { WebhookRequest } from './webhook-request';

const request = (headers: WebhookRequest['headers'], body = ''): WebhookRequest => ({
  method: 'POST',
  url: 'https://hooks.example.com/webhooks/c1',
  headers,
  query: {},
  rawBody: Buffer.from(body),
});

describe('FormParams', () => {
  it('keeps repeated keys in order and decodes + and percent-escapes', () => {
    const form = FormParams.parse(Buffer.from('Body=Hello+there%21&MediaUrl=a&MediaUrl=b&Empty=&Flag'));
    expect(form.get('Body')).toBe('Hello there!');
    expect(form.getAll('MediaUrl')).toEqual(['a', 'b']);
    expect(form.get('Empty')).toBe('');
    expect(form.get('Flag')).toBe('');
    expect(form.keys()).toEqual(['Body', 'MediaUrl', 'Empty', 'Flag']);
  });

  it('decodes UTF-8 percent-escapes', () => {
    expect(FormParams.parse(Buffer.from('Body=%C3%A7a+va+%F0%9F%91%8D')).get('Body')).toBe('ça va 👍');
  });

  it('refuses broken percent-encoding and invalid UTF-8', () => {
    expect(() => FormParams.parse(Buffer.from('Body=%ZZ'))).toThrow(MalformedPayload);
    expect(() => FormParams.parse(Buffer.from('Body=%C3'))).toThrow(MalformedPayload);
    expect(() => FormParams.parse(Buffer.from([0x42, 0x3d, 0xff]))).toThrow(MalformedPayload);
  });

  it('names a missing required field', () => {
    expect(() => FormParams.parse(Buffer.from('A=1')).require('CallSid')).toThrow('missing form field CallSid');
  });
});

describe('parseJsonObject', () => {
  it('parses an object', () => {
    expect(parseJsonObject(Buffer.from('{"a":1}'))).toEqual({ a: 1 });
  });

  it.each(['{"a":', '[1,2]', '42', 'null', ''])('refuses %p', (body) => {
    expect(() => parseJsonObject(Buffer.from(body))).toThrow(MalformedPayload);
  });
});

describe('JsonReader', () => {
  const reader = JsonReader.of({ id: 42, name: 'x', nested: { list: [{ a: 'b' }] }, bad: 'str' }, 'body');

  it('reads typed fields and numeric ids', () => {
    expect(reader.id('id')).toBe('42');
    expect(reader.string('name')).toBe('x');
    expect(reader.object('nested').objects('list')[0]?.string('a')).toBe('b');
    expect(reader.objects('missing')).toEqual([]);
  });

  it('names the path of a wrong field', () => {
    expect(() => reader.number('bad')).toThrow('body.bad must be a number');
    expect(() => reader.object('nested').objects('list')[0]?.string('zz')).toThrow('body.nested.list[0].zz must be a non-empty string');
  });
});

describe('content type and size', () => {
  it('reads the media type without parameters', () => {
    expect(mediaTypeOf(request({ 'content-type': 'Application/JSON; charset=utf-8' }))).toBe('application/json');
    expect(mediaTypeOf(request({}))).toBeNull();
  });

  it('refuses an unexpected media type with 415', () => {
    expect(() => assertMediaType(request({ 'content-type': 'text/plain' }), ['application/json'])).toThrow(UnsupportedMediaType);
    expect(() => assertMediaType(request({}), ['application/json'])).toThrow(UnsupportedMediaType);
    expect(() => assertMediaType(request({ 'content-type': 'application/json' }), ['application/json'])).not.toThrow();
  });

  it('refuses a body over the limit with 413', () => {
    expect(() => assertBodySize(Buffer.alloc(11), 10)).toThrow(PayloadTooLarge);
    expect(() => assertBodySize(Buffer.alloc(10), 10)).not.toThrow();
  });
});
