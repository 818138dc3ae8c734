// weapp: a mini-program cannot download to the phone; the file is written to its own user data folder and
// shared to a chat (wx.shareFileMessage), from where it opens in WeChat or goes on to a computer. Written
// synchronously and shared at once, so the share still runs in the user's tap, as WeChat requires.
import Taro from '@tarojs/taro';
import { CallError, NETWORK } from '../../services/callError';

const EXPORT_FAILED = '导出失败，请重试';

export function exportCsv(fileName: string, text: string): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
  try {
    Taro.getFileSystemManager().writeFileSync(filePath, text, 'utf8');
  } catch {
    return Promise.reject(new CallError(NETWORK, EXPORT_FAILED));
  }
  return new Promise((resolve, reject) => {
    void Taro.shareFileMessage({
      filePath,
      fileName,
      success: () => resolve(),
      // Closing the chat list is the user's choice, not a failure.
      fail: (res) => (/cancel/.test(res.errMsg) ? resolve() : reject(new CallError(NETWORK, EXPORT_FAILED))),
    });
  });
}
