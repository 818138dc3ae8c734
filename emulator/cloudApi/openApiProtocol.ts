import { Root, type Type } from 'protobufjs';

// The protobuf messages wx-server-sdk 4.0.2 exchanges for openapi calls (its src/protobuf/openapi.js),
// reduced to the fields an openapi call uses. CommApiData.apiType is an enum there (OPEN_API = 0).
const root = Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 },
      },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: {
        apiType: { type: 'int32', id: 1 },
        openapiData: { type: 'OpenApiData', id: 2 },
        appid: { type: 'string', id: 6 },
      },
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
      },
    },
  },
});

const CommApiData: Type = root.lookupType('CommApiData');
const CommOpenApiResp: Type = root.lookupType('CommOpenApiResp');

/**
 * The parameters of an openapi call. The SDK sends each top-level parameter as one pair whose value is
 * its JSON text, after converting every key from camelCase to snake_case.
 */
export function decodeOpenApiParams(requestData: Buffer): Record<string, unknown> {
  const message = CommApiData.toObject(CommApiData.decode(requestData), { defaults: true }) as {
    openapiData?: { pairs: { key: string; value: Uint8Array }[] };
  };
  const params: Record<string, unknown> = {};
  for (const pair of message.openapiData?.pairs ?? []) {
    params[pair.key] = JSON.parse(Buffer.from(pair.value).toString('utf8'));
  }
  return params;
}

/** A successful WeChat answer: the SDK parses `respData` as JSON because of its content type. */
export function encodeOpenApiAnswer(body: Record<string, unknown>): Buffer {
  const message = CommOpenApiResp.create({
    respData: Buffer.from(JSON.stringify(body)),
    contentType: 'application/json',
    errorCode: 0,
    httpCode: 200,
  });
  return Buffer.from(CommOpenApiResp.encode(message).finish());
}
