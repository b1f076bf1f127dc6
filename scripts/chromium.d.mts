export declare const DEFAULT_CHROMIUM: string;
export declare function chromiumPath(): string;
export declare function chromiumFound(): boolean;
export declare const chromiumArgs: string[];
