/**
 * The few web-platform globals core relies on. They exist in every runtime Copydesk runs
 * core in (Node 20, Chromium, Electron's renderer and workers), but are not part of the
 * ECMAScript library that core is typechecked against; declaring them here keeps the DOM
 * and Node type libraries out of core.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly href: string;
  readonly origin: string;
}
