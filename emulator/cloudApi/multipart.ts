/**
 * The fields of a multipart/form-data body, by name. Just enough for the SDK's wx.openApi requests:
 * no nested multiparts and no transfer encodings, and a field's value is kept as raw bytes.
 */
export function parseMultipart(body: Buffer, contentType: string): Map<string, Buffer> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) throw new Error('multipart body without a boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const fields = new Map<string, Buffer>();
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const partStart = at + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    // A part is CRLF, headers, CRLF CRLF, value, CRLF, then the next delimiter.
    const part = body.subarray(partStart + 2, next - 2);
    const headersEnd = part.indexOf('\r\n\r\n');
    const name = /;\s*name="([^"]*)"/i.exec(part.subarray(0, headersEnd).toString())?.[1];
    if (headersEnd !== -1 && name !== undefined) fields.set(name, part.subarray(headersEnd + 4));
    at = next;
  }
  return fields;
}
