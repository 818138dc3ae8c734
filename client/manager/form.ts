// Form helpers of the manager pages: numbers typed as text.

/** A typed number, or undefined for an empty field (a required one then fails its schema with 必填). */
export const toNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));
