// The one seam between the reader and an ONNX runtime: a model takes a float32 tensor and gives one back.
// The server passes onnxruntime-node sessions (server/reader/), a browser worker would pass onnxruntime-web ones.

export interface Tensor {
  data: Float32Array
  /** NCHW in, e.g. [1, 3, 608, 960]; out as the model gives it */
  dims: readonly number[]
}

export interface InferenceModel {
  run(input: Tensor): Promise<Tensor>
}

/** The PP-OCR models the reader runs, loaded once per process (or worker) by an adapter. */
export interface ReaderModels {
  /** DB text detector: [1,3,H,W] → probability map [1,1,H,W] */
  detector: InferenceModel
  /** CTC text recogniser: [N,3,48,W] → [N,T,classes] */
  recognizer: InferenceModel
  /** The recogniser's dictionary, one character per entry (class k + 1 is entry k) */
  dictionary: readonly string[]
  /** Text-line direction classifier: [N,3,48,192] → [N,2] (0°, 180°) */
  orientation: InferenceModel
  /** How the runtime runs best: lines per recogniser run, the detector's input size (defaults otherwise) */
  tuning?: ReaderTuning
}

export interface ReaderTuning {
  /** Lines padded to the same width recognised in one run (each reads as alone): fewer runtime calls */
  recognitionBatch?: number
  /** Narrowest recogniser input: shorter lines are padded to it (PaddleOCR pads to 320) */
  recognitionMinWidth?: number
  /** Longest side of the straightened card fed to the text detector */
  detectionSide?: number
}
