import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { Dispatch, SetStateAction } from 'react';
import Close from '@nutui/icons-react-taro/dist/es/icons/Close';
import Photograph from '@nutui/icons-react-taro/dist/es/icons/Photograph';
import { newRequestId } from '../../../services/requestId';
import { toastError, toastFail } from '../../../services/toast';
import { uploadImage } from '../../../services/storage';
import './index.css';

/** A chosen photo: shown from its local file at once, sent when its upload answers with a file id. */
export interface Photo {
  key: string;
  local: string;
  fileID?: string;
}

const MAX_BYTES = 10 * 1024 * 1024;

export const uploadedIds = (photos: Photo[]) => photos.flatMap((p) => (p.fileID ? [p.fileID] : []));

/** Whether a photo is still uploading, which is said: the form waits for every file id before it sends. */
export function stillUploading(photos: Photo[]): boolean {
  const busy = photos.some((p) => !p.fileID);
  if (busy) toastFail('照片上传中，请稍候');
  return busy;
}

interface PhotoPickerProps {
  photos: Photo[];
  onChange: Dispatch<SetStateAction<Photo[]>>;
  max: number;
}

/** Up to `max` photos, uploaded to cloud storage as soon as they are chosen; tap × to remove one. */
export default function PhotoPicker({ photos, onChange, max }: PhotoPickerProps) {
  const upload = async (photo: Photo) => {
    try {
      const fileID = await uploadImage(photo.local);
      onChange((list) => list.map((p) => (p.key === photo.key ? { ...p, fileID } : p)));
    } catch (e) {
      onChange((list) => list.filter((p) => p.key !== photo.key));
      toastError(e);
    }
  };

  const choose = async () => {
    const room = max - photos.length;
    if (room <= 0) return;
    let chosen: Taro.chooseImage.SuccessCallbackResult;
    try {
      chosen = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    } catch {
      return; // cancelled
    }
    const files = chosen.tempFiles.slice(0, room);
    const fitting = files.filter((f) => !f.size || f.size <= MAX_BYTES);
    if (fitting.length < files.length) toastFail('单张照片不能超过10MB');
    const added = fitting.map((f) => ({ key: newRequestId(8), local: f.path }));
    onChange((list) => [...list, ...added]);
    await Promise.all(added.map(upload));
  };

  return (
    <View className="photo-picker" data-testid="photo-picker">
      {photos.map((p) => (
        <View key={p.key} className="photo-picker__item">
          <Image className="photo-picker__image" src={p.local} mode="aspectFill" />
          {!p.fileID && <Text className="photo-picker__busy">上传中</Text>}
          <View
            className="photo-picker__remove"
            onClick={() => onChange((list) => list.filter((x) => x.key !== p.key))}
          >
            <Close size={10} color="#ffffff" />
          </View>
        </View>
      ))}
      {photos.length < max && (
        <View className="photo-picker__add" data-testid="photo-add" onClick={choose}>
          <Photograph size={24} color="#8c8c8c" />
          <Text className="photo-picker__count">
            {photos.length}/{max}
          </Text>
        </View>
      )}
    </View>
  );
}
