// What both storage services share: where an upload goes in the bucket.
import { newRequestId } from './requestId';

const EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic'];
const BY_TYPE: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
};

/** An image's extension from its file name or MIME type; jpg when neither says. */
export function imageExtension(name: string, type = ''): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext && EXTENSIONS.includes(ext)) return ext === 'jpeg' ? 'jpg' : ext;
  return BY_TYPE[type.toLowerCase()] ?? 'jpg';
}

/** `complaints/<random>.jpg`: a fresh name, so two uploads never replace each other. */
export const cloudPathFor = (folder: string, ext: string) =>
  `${folder}/${Date.now().toString(36)}${newRequestId(12)}.${ext}`;

export const UPLOAD_FAILED = '照片上传失败，请重试';
