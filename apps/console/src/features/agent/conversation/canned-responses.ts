/** Replies agents send many times a day; `{agent}` becomes the agent's name. */
export const CANNED_RESPONSES: readonly { readonly id: string; readonly label: string; readonly text: string }[] = [
  { id: 'greeting', label: 'Greeting', text: 'Hello, this is {agent}. Thanks for getting in touch — how can I help you today?' },
  { id: 'looking', label: 'Looking into it', text: 'Thanks, let me look into that for you. It will take a minute or two.' },
  { id: 'details', label: 'Ask for details', text: 'Could you tell me your order number or the email address on your account?' },
  { id: 'anything-else', label: 'Anything else?', text: 'Is there anything else I can help you with?' },
  { id: 'goodbye', label: 'Goodbye', text: 'Thank you for contacting us. Have a great day!' },
];

export function fillCanned(text: string, agentName: string): string {
  return text.replaceAll('{agent}', agentName);
}
