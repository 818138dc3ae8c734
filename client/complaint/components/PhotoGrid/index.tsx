import Taro from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import { imageUrl } from '../../../services/storage';
import './index.css';

/** Uploaded photos (cloud file ids) as thumbnails; a tap opens them full screen. */
export default function PhotoGrid({ fileIDs }: { fileIDs: string[] }) {
  const urls = fileIDs.map(imageUrl);
  return (
    <View className="photo-grid" data-testid="complaint-photos">
      {urls.map((url) => (
        <Image
          key={url}
          className="photo-grid__image"
          src={url}
          mode="aspectFill"
          onClick={() => Taro.previewImage({ current: url, urls })}
        />
      ))}
    </View>
  );
}
