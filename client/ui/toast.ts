// NutUI Toast with only its own styles (never the whole library's css).
import '@nutui/nutui-react-taro/dist/es/packages/toast/style/css';

export { default } from '@nutui/nutui-react-taro/dist/es/packages/toast';
