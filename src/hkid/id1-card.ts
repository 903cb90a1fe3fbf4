// An HKID is an ISO/IEC 7810 ID-1 card. Every card drawn, found or cropped in the project takes its shape from here.

/** The card's width and height, as the card's printed layout rounds them (85.6 × 54 mm). */
export const ID1_WIDTH_MM = 85.6
export const ID1_HEIGHT_MM = 54
/** Width over height, the card's landscape proportion. */
export const ID1_ASPECT = ID1_WIDTH_MM / ID1_HEIGHT_MM
/** Corner radius (3.18 mm) as a fraction of the card's width. */
export const ID1_CORNER_SHARE = 3.18 / ID1_WIDTH_MM
