import * as z from 'zod'

/** A channel's input schema, with its output type carried along for the typed client. */
export function channel<I extends z.ZodType, O>(input: I) {
  return { input, output: undefined as unknown as O }
}

export type ChannelDefinition = { input: z.ZodType; output: unknown }

export const noInput = z.object({}).strict()
