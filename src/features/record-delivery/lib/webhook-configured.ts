// Whether this server delivers records by webhook (GET /api/client-config names the business's key).
import { getClientConfig } from '#src/session/client-config.ts'

export async function webhookConfigured(): Promise<boolean> {
  return (await getClientConfig()).recordWebhook !== null
}
