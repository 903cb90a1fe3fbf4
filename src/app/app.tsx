// The standalone app: the capture flow, handing each confirmed record to the opener or parent page
// when the server names the origin allowed to receive it.
import { HkidCapture } from './hkid-capture.tsx'
import { useHostHandOff } from './use-host-hand-off.ts'

export function App() {
  return <HkidCapture onComplete={useHostHandOff()} />
}
