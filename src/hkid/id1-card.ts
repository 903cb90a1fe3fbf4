/** An HKID is an ISO/IEC 7810 ID-1 card: 85.6 × 54 mm. */
export const ID1_ASPECT = 85.6 / 54
