// The shape of TokenReader; Taro builds index.weapp.tsx (the camera) or index.h5.tsx (a text field) in its place.
export interface TokenReaderProps {
  busy: boolean;
  /** A token read from a visitor's entry code (or whatever else the QR code holds). */
  onToken: (token: string) => void;
  /** What is read, for the camera button and the text field: 入场码 unless told. */
  what?: string;
  /** The verb on the button: 核验 unless told. */
  verb?: string;
}

declare function TokenReader(props: TokenReaderProps): JSX.Element;
export default TokenReader;
