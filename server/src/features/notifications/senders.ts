import { z } from 'zod';
import type { DeliveryChannel } from '@hongtu/domain';

/** One message as a sender delivers it: to whom, and its text in the recipient's language. */
export interface Outgoing {
  notificationId: number;
  recipient: { userId: number; username: string; displayName: string; phone: string | null };
  text: string;
}

/**
 * A way of delivering messages. The in-app channel is the stored message itself (the message
 * centre reads it); e-mail and SMS go through senders configured per installation, off by default.
 */
export interface Sender {
  channel: DeliveryChannel;
  /** Delivers one message; throws when the gateway refused it (the job is tried again). */
  send(message: Outgoing, signal: AbortSignal): Promise<void>;
}

/** The in-app channel: storing the message delivered it. */
export const inAppSender: Sender = { channel: 'in_app', send: async () => undefined };

/**
 * E-mail or SMS through the organisation's own gateway (a mail relay or an SMS platform with an
 * HTTP entry): one JSON POST per message, `{ channel, to, text }`; any answer but 2xx is a failure.
 */
export function gatewaySender(channel: Exclude<DeliveryChannel, 'in_app'>, url: string): Sender {
  return {
    channel,
    async send(message, signal) {
      const to = channel === 'sms' ? message.recipient.phone : message.recipient.username;
      if (!to) return; // no number to send to: the in-app message stands alone
      const response = await fetch(url, {
        method: 'POST', signal, headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel, to, userId: message.recipient.userId, name: message.recipient.displayName, text: message.text }),
      });
      if (!response.ok) throw new Error(`${channel} gateway answered ${response.status}`);
    },
  };
}

const envSchema = z.object({
  /** The mail relay's HTTP entry; unset: no e-mail. */
  HONGTU_NOTIFY_EMAIL_URL: z.url().optional(),
  /** The SMS platform's HTTP entry; unset: no SMS. */
  HONGTU_NOTIFY_SMS_URL: z.url().optional(),
});

/** The external senders this installation has (none by default); read from the environment when asked. */
export function externalSenders(env: NodeJS.ProcessEnv = process.env): Sender[] {
  const config = envSchema.parse({ HONGTU_NOTIFY_EMAIL_URL: env.HONGTU_NOTIFY_EMAIL_URL || undefined, HONGTU_NOTIFY_SMS_URL: env.HONGTU_NOTIFY_SMS_URL || undefined });
  return [
    ...(config.HONGTU_NOTIFY_EMAIL_URL ? [gatewaySender('email', config.HONGTU_NOTIFY_EMAIL_URL)] : []),
    ...(config.HONGTU_NOTIFY_SMS_URL ? [gatewaySender('sms', config.HONGTU_NOTIFY_SMS_URL)] : []),
  ];
}
