export declare const repoRoot: string;
export declare const consumersDir: string;
export declare const tarballPath: string;
export declare const consumers: { name: string; dir: string; output?: string }[];
export declare function updateLocks(options?: { log?: (line: string) => void }): Promise<void>;
export declare function prepareConsumers(options?: { log?: (line: string) => void }): Promise<Record<string, number>>;
