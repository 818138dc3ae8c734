// NutUI Button with only its own styles (never the whole library's css).
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';

export { default } from '@nutui/nutui-react-taro/dist/es/packages/button';
