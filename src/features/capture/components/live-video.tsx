// The camera's stream in a <video>: asked for again when the constraints change, every track stopped when
// they change or the view goes, so the camera light goes off with it.
import { useEffect, useRef } from 'react'

interface LiveVideoProps {
  constraints: MediaTrackConstraints
  onStream: (stream: MediaStream, video: HTMLVideoElement) => void
  onError: (error: unknown) => void
  className?: string
  'data-testid'?: string
}

function stop(stream: MediaStream) {
  for (const track of stream.getTracks()) track.stop()
}

export function LiveVideo({ constraints, onStream, onError, ...rest }: LiveVideoProps) {
  const videoRef = useRef<HTMLVideoElement>(null)
  const handlers = useRef({ onStream, onError })
  useEffect(() => {
    handlers.current = { onStream, onError }
  })
  // The constraints by value: a new object with the same contents is the same request.
  const request = JSON.stringify(constraints)

  useEffect(() => {
    const video = videoRef.current
    if (!video) return
    let stream: MediaStream | null = null
    let gone = false
    if (!navigator.mediaDevices?.getUserMedia) {
      handlers.current.onError(new DOMException('getUserMedia is not supported', 'NotFoundError'))
      return
    }
    navigator.mediaDevices
      .getUserMedia({ video: JSON.parse(request) as MediaTrackConstraints, audio: false })
      .then(
        (granted) => {
          // A request overtaken by a newer one, or by leaving the camera: let its camera go at once.
          if (gone) return stop(granted)
          stream = granted
          video.srcObject = granted
          handlers.current.onStream(granted, video)
        },
        (error: unknown) => {
          if (!gone) handlers.current.onError(error)
        },
      )
    return () => {
      gone = true
      if (stream) stop(stream)
      video.srcObject = null
    }
  }, [request])

  return <video ref={videoRef} autoPlay muted playsInline disablePictureInPicture {...rest} />
}
