// The shape of TokenReader; Taro builds index.weapp.tsx (the camera) or index.h5.tsx (a text field) in its place.
export interface TokenReaderProps {
  busy: boolean;
  /** A token read from a visitor's entry code. */
  onToken: (token: string) => void;
}

declare function TokenReader(props: TokenReaderProps): JSX.Element;
export default TokenReader;
