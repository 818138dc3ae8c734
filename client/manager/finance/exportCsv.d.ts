// The shape of ./exportCsv; Taro builds exportCsv.weapp.ts or exportCsv.h5.ts in its place.
/**
 * Hands the CSV text over as a file named `fileName`: downloaded in a browser (H5), or written to the
 * mini-program's user data folder and shared to a WeChat chat (weapp), where it is opened or forwarded to a
 * computer. Call it straight from the tap: WeChat shares files only from a user's tap.
 */
export declare function exportCsv(fileName: string, text: string): Promise<void>;
