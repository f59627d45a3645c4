/**
 * A wire dispatch's dateline: the place and day it was filed, in front of its first sentence
 * ("LIMA, Nov 14 (AWS) -", "THE HAGUE/LIMA, Jan 27 (Reuters) —"). The day is when the story's
 * "yesterday" counts from; the place is where the reporter stood, no party to what is told.
 * @module
 */
export const DATELINE = /^[A-Z][A-Z .'/-]{1,40},\s+[A-Z0-9][\w .]{2,20}(?:\s*\([^)]{1,30}\))?\s*[-–—]\s/;

/** the length of the dateline opening `text`, or 0 without one */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
