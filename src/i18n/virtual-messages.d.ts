// The modules data/messages/vite-plugin.ts compiles: one per language, a function per message.
declare module 'virtual:messages/*' {
  const messages: Record<string, (params?: Record<string, unknown>) => string>;
  export default messages;
}
