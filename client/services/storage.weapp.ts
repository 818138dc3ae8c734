// weapp storage: WeChat cloud storage. An Image shows a cloud:// file id as it is.
import Taro from '@tarojs/taro';
import { CallError, NETWORK } from './callError';
import { cloudPathFor, imageExtension, UPLOAD_FAILED } from './storage.common';

export async function uploadImage(filePath: string, folder = 'complaints'): Promise<string> {
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(folder, imageExtension(filePath)), filePath });
    return res.fileID;
  } catch {
    throw new CallError(NETWORK, UPLOAD_FAILED);
  }
}

export const imageUrl = (fileID: string) => fileID;
