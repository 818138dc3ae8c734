// H5 storage: the local cloud's storage (POST /storage/upload, GET /storage/<cloudPath>); the uploader
// is the signed-in demo user, as WeChat knows the uploader of a mini-program.
import { CallError, NETWORK } from './callError';
import { demoUser } from './demoUser';
import { cloudPathFor, imageExtension, UPLOAD_FAILED } from './storage.common';

export async function uploadImage(filePath: string, folder = 'complaints'): Promise<string> {
  try {
    // A chosen image is a blob: URL on H5.
    const blob = await (await fetch(filePath)).blob();
    const cloudPath = cloudPathFor(folder, imageExtension(filePath, blob.type));
    const headers: Record<string, string> = { 'content-type': blob.type || 'application/octet-stream' };
    const openid = demoUser.get();
    if (openid) headers['X-Wx-Openid'] = openid;
    const res = await fetch(`/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers,
      body: blob,
    });
    const body = (await res.json()) as { fileID?: string };
    if (!res.ok || !body.fileID) throw new Error(`HTTP ${res.status}`);
    return body.fileID;
  } catch {
    throw new CallError(NETWORK, UPLOAD_FAILED);
  }
}

/** `cloud://<env>.<bucket>/<cloudPath>` → `/storage/<cloudPath>`. */
export function imageUrl(fileID: string): string {
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID);
  return m ? `/storage/${m[1]}` : fileID;
}
