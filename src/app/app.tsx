// The standalone app: the capture flow, handing each confirmed record to the opener or parent page
// when the server names the origin allowed to receive it.
import { HkidCapture } from './hkid-capture.tsx'
import { hostPageTakesRecords, useHostPageDelivery } from './use-host-page-delivery.ts'

export function App() {
  return <HkidCapture onComplete={useHostPageDelivery()} hostTakesRecords={hostPageTakesRecords} />
}
