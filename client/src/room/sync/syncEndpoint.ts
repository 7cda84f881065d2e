/** The y-websocket endpoint on the server that served this page (DESIGN.md, "Sync"). */
export function syncEndpoint(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}
