// The shape of services/storage; Taro builds storage.weapp.ts or storage.h5.ts in its place.
/** Uploads a chosen image (a temp file path) to cloud storage under `folder`; resolves with its cloud:// file id. */
export declare function uploadImage(filePath: string, folder?: string): Promise<string>;
/** What an Image can show for a cloud file id. */
export declare function imageUrl(fileID: string): string;
