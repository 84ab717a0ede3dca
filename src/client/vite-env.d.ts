/** The MapLibre RTL text plugin's built file, aliased in vite.config.ts and imported as a URL. */
declare module 'rtl-text-plugin?url' {
  const url: string;
  export default url;
}
