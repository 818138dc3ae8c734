// Single icons imported by path, so a bundle carries only the icons it uses.
declare module '@nutui/icons-react-taro/dist/es/icons/*' {
  import type { ComponentProps, FunctionComponent } from 'react';
  import type { Home } from '@nutui/icons-react-taro';

  const Icon: FunctionComponent<ComponentProps<typeof Home>>;
  export default Icon;
}
