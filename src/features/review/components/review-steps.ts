// Review's lazily loaded chunk: both journeys' review in one, so the code they share (the field grid, the
// card checks) travels once, in one file, without splitting the first screen's own chunk.
export { CustomerReview } from './customer-review.tsx'
export { ReviewForm } from './review-form.tsx'
