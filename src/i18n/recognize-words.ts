// The recognize step's words as one object, for a language's full table (en.ts, zh-HK.ts): what shows while
// reading and the failures that load later (recognize-error-strings.ts), their `errors` merged as i18next does.
interface RecognizePart {
  readonly errors: object
}

export function recognizeWords<Reading extends RecognizePart, Failures extends RecognizePart>(
  whileReading: Reading,
  failures: Failures,
): Omit<Reading, 'errors'> & Omit<Failures, 'errors'> & { errors: Reading['errors'] & Failures['errors'] } {
  return { ...whileReading, ...failures, errors: { ...whileReading.errors, ...failures.errors } }
}
